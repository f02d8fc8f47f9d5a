package org.analyst.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.analyst.actor.Actor;
import org.analyst.article.Article;
import org.analyst.article.ArticleEntity;
import org.analyst.editing.EntityEditing;
import org.analyst.editing.IdsInInput;
import org.analyst.editing.VersionedWrites;
import org.analyst.graphql.ErrorCode;
import org.analyst.graphql.UserErrors;

/** Editors' changes to statements, and admins' deletes: each whole, in one transaction. */
@ApplicationScoped
public class StatementEditing extends EntityEditing<StatementEntity, StatementInput, Statement> {

    @Inject
    StatementService statements;

    @Inject
    StatementReferences references;

    public StatementEditing() {
        super(StatementEntity.class, Statement.TYPE);
    }

    @Override
    protected StatementEntity newEntity() {
        return new StatementEntity();
    }

    @Override
    protected Statement read(long key) {
        return statements.byKey(key);
    }

    /** Deletes a statement; relations of other statements to it go with it. */
    @Transactional
    public String delete(String id) {
        String subject = caller.requireAdmin();
        StatementEntity statement = find(id, "id");
        references.forget(List.of(statement.id), subject);
        statement.delete();
        VersionedWrites.flush(entityManager);
        return id;
    }

    @Override
    protected void apply(StatementEntity statement, StatementInput input, UserErrors errors) {
        statement.speakerId = ids.one(errors, input.speakerId, Actor.TYPE, "actor", "input", "speakerId");
        statement.kind = input.kind;
        statement.summary = input.summary == null ? null : input.summary.strip();
        if (input.quote != null) {
            statement.quote = input.quote.isBlank() ? null : input.quote.strip();
        }
        if (input.date != null) {
            checkDate(errors, input.date, "input", "date");
            statement.date = input.date.precision == null ? null : input.date.toPartialDate();
        }
        statement.mode = input.mode == null ? statement.mode : input.mode;
        statement.medium = input.medium == null ? statement.medium : input.medium;
        statement.attribution = input.attribution == null ? statement.attribution : input.attribution;
        statement.status = input.status == null ? statement.status : input.status;
        if (input.venue != null) {
            statement.venue = input.venue.isBlank() ? null : input.venue.strip();
        }
        if (input.sourceUrl != null) {
            statement.sourceUrl = input.sourceUrl.isBlank() ? null : input.sourceUrl.strip();
        }
        if (input.targets != null) {
            statement.targets = targets(errors, input.targets);
        }
        if (input.attestations != null) {
            statement.attestations = attestations(errors, input.attestations, statement);
        }
        if (input.relations != null) {
            statement.relations = relations(errors, input.relations, statement.id);
        }
    }

    private List<TargetEntity> targets(UserErrors errors, List<StatementTargetInput> inputs) {
        List<TargetEntity> targets = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            StatementTargetInput input = inputs.get(i);
            TargetEntity target = new TargetEntity();
            target.actorId = ids.one(errors, input.actorId, Actor.TYPE, "actor", "input", "targets", i, "actorId");
            target.role = input.role;
            target.stance = input.stance;
            target.explicitness = input.explicitness == null ? target.explicitness : input.explicitness;
            StatementRules.interpretedBy(target.explicitness, input.interpretedById != null, errors, "input",
                    "targets", i, "interpretedById");
            target.interpretedById = ids.one(errors, input.interpretedById, Actor.TYPE, "actor", "input", "targets", i,
                    "interpretedById");
            targets.add(target);
        }
        return targets;
    }

    /** Each passage taken from its article's body; it must lie in the body and fit the statement. */
    private List<AttestationEntity> attestations(UserErrors errors, List<AttestationInput> inputs,
            StatementEntity statement) {
        Map<Long, ArticleEntity> articles = ArticleEntity.<ArticleEntity>list("id in ?1", inputs.stream()
                .map(input -> IdsInInput.keyOf(input.articleId, Article.TYPE)).filter(key -> key != null).toList())
                .stream().collect(Collectors.toMap(article -> article.id, Function.identity()));
        List<AttestationEntity> attestations = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            AttestationInput input = inputs.get(i);
            ArticleEntity article = articles.get(IdsInInput.keyOf(input.articleId, Article.TYPE));
            if (article == null) {
                errors.add(ErrorCode.NOT_FOUND, "No Article has the id " + input.articleId, "input", "attestations",
                        i, "articleId");
                continue;
            }
            if (input.start >= input.end || input.end > article.body.length()) {
                errors.add(ErrorCode.INVALID, "The passage must lie inside the article's body (0 to "
                        + article.body.length() + ") and not be empty", "input", "attestations", i, "end");
                continue;
            }
            AttestationEntity attestation = new AttestationEntity();
            attestation.articleId = article.id;
            attestation.form = input.form;
            attestation.start = input.start;
            attestation.end = input.end;
            attestation.excerpt = article.body.substring(input.start, input.end);
            StatementRules.excerptOnce(article.body, attestation.excerpt, article.slug, errors, "input", "attestations",
                    i, "end");
            StatementRules.quoted(input.form, attestation.excerpt, statement.quote, errors, "input", "attestations", i,
                    "form");
            StatementRules.notDatedAfter(statement.date, article.publishedAt, article.title, errors, "input", "date");
            attestations.add(attestation);
        }
        return attestations;
    }

    private List<RelationEntity> relations(UserErrors errors, List<StatementRelationInput> inputs, Long self) {
        List<RelationEntity> relations = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            StatementRelationInput input = inputs.get(i);
            RelationEntity relation = new RelationEntity();
            relation.type = input.type;
            relation.relatedStatementId = ids.one(errors, input.statementId, Statement.TYPE, "statement", "input",
                    "relations", i, "statementId");
            if (relation.relatedStatementId != null) {
                StatementRules.relation(relation.relatedStatementId.equals(self),
                        !listed.add(relation.type + " " + relation.relatedStatementId), errors, "input", "relations", i,
                        "statementId");
            }
            relations.add(relation);
        }
        return relations;
    }
}
