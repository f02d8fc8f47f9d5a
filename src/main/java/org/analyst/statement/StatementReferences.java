package org.analyst.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.analyst.actor.ActorDeleting;
import org.analyst.actor.ActorMerging;
import org.analyst.article.ArticleBody;
import org.analyst.article.ArticleDeleting;
import org.analyst.article.ArticleTextChanged;
import org.analyst.graphql.RejectedException;
import org.analyst.graphql.ErrorCode;
import org.analyst.graphql.UserErrors;

/**
 * Keeps statements consistent when what they point at changes: attestations follow an
 * article's text, actors merge, and nothing they reference is deleted under them.
 */
@ApplicationScoped
public class StatementReferences {

    @Inject
    EntityManager entityManager;

    /** Moves each passage to where its excerpt now stands, or refuses the new text. */
    void followText(@Observes ArticleTextChanged change) {
        UserErrors errors = new UserErrors();
        for (StatementEntity statement : attestedIn(change.articleId())) {
            for (AttestationEntity attestation : statement.attestations) {
                if (attestation.articleId != change.articleId()) {
                    continue;
                }
                int start = ArticleBody.onlyOccurrence(change.body(), attestation.excerpt);
                if (start < 0) {
                    errors.add(ErrorCode.INVALID, "The new text must contain, exactly once, the passage that reports"
                            + " statement " + statement.id + ": \"" + attestation.excerpt + "\"", "input", "sections");
                } else if (start != attestation.start) {
                    attestation.start = start;
                    attestation.end = start + attestation.excerpt.length();
                    statement.changedBy(change.changedBy());
                }
            }
        }
        errors.throwIfAny();
    }

    /** Removes the article's attestations; statements left with none are deleted. */
    void dropAttestations(@Observes ArticleDeleting deleting) {
        List<StatementEntity> orphans = new ArrayList<>();
        for (StatementEntity statement : attestedIn(deleting.articleId())) {
            statement.attestations.removeIf(attestation -> attestation.articleId == deleting.articleId());
            statement.changedBy(deleting.deletedBy());
            if (statement.attestations.isEmpty()) {
                orphans.add(statement);
            }
        }
        if (!orphans.isEmpty()) {
            forget(orphans.stream().map(orphan -> orphan.id).toList(), deleting.deletedBy());
            orphans.forEach(StatementEntity::delete);
        }
    }

    void moveToTarget(@Observes ActorMerging merge) {
        List<StatementEntity> referring = entityManager.createQuery("""
                select distinct s from StatementEntity s left join s.targets t
                where s.speakerId = :source or t.actorId = :source or t.interpretedById = :source""", StatementEntity.class)
                .setParameter("source", merge.sourceId()).getResultList();
        for (StatementEntity statement : referring) {
            if (statement.speakerId == merge.sourceId()) {
                statement.speakerId = merge.targetId();
            }
            List<TargetEntity> targets = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (TargetEntity target : statement.targets) {
                target.actorId = target.actorId == merge.sourceId() ? merge.targetId() : target.actorId;
                if (target.interpretedById != null && target.interpretedById == merge.sourceId()) {
                    target.interpretedById = merge.targetId();
                }
                if (seen.add(target.actorId + "/" + target.role)) {
                    targets.add(target);
                }
            }
            statement.targets = targets;
            statement.changedBy(merge.mergedBy());
        }
    }

    void refuseWhileReferenced(@Observes ActorDeleting deleting) {
        long speaking = StatementEntity.count("speakerId", deleting.actorId());
        long targeted = entityManager.createQuery("""
                select count(distinct s) from StatementEntity s join s.targets t
                where t.actorId = :actor or t.interpretedById = :actor""", Long.class)
                .setParameter("actor", deleting.actorId()).getSingleResult();
        if (speaking + targeted > 0) {
            throw RejectedException.of(ErrorCode.IN_USE, "It made " + speaking + " statement(s) and is a target of "
                    + targeted + ": merge it into another actor or change those first", "id");
        }
    }

    /** Removes other statements' relations to these statements, which are about to go. */
    void forget(Collection<Long> statementIds, String subject) {
        List<StatementEntity> relating = entityManager.createQuery("""
                select distinct s from StatementEntity s join s.relations r where r.relatedStatementId in :ids""",
                StatementEntity.class).setParameter("ids", statementIds).getResultList();
        for (StatementEntity statement : relating) {
            statement.relations.removeIf(relation -> statementIds.contains(relation.relatedStatementId));
            statement.changedBy(subject);
        }
    }

    private List<StatementEntity> attestedIn(long articleId) {
        return entityManager.createQuery("""
                select distinct s from StatementEntity s join s.attestations a where a.articleId = :article""",
                StatementEntity.class).setParameter("article", articleId).getResultList();
    }
}
