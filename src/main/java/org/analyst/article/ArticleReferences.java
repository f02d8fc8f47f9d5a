package org.analyst.article;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.analyst.actor.ActorDeleting;
import org.analyst.actor.ActorMerging;
import org.analyst.graphql.RejectedException;
import org.analyst.graphql.ErrorCode;
import org.analyst.publication.PublicationDeleting;

/** Keeps articles consistent when the actors and periodicals they name merge or are deleted. */
@ApplicationScoped
public class ArticleReferences {

    private static final String NAMING = """
            from ArticleEntity a
            where :actor member of a.authorIds or :actor member of a.regionIds or :actor member of a.mentionIds""";

    @Inject
    EntityManager entityManager;

    void moveToTarget(@Observes ActorMerging merge) {
        List<ArticleEntity> naming = entityManager.createQuery("select distinct a " + NAMING, ArticleEntity.class)
                .setParameter("actor", merge.sourceId()).getResultList();
        for (ArticleEntity article : naming) {
            article.authorIds = replaced(article.authorIds, merge);
            article.regionIds = replaced(article.regionIds, merge);
            article.mentionIds = replaced(article.mentionIds, merge);
            article.changedBy(merge.mergedBy());
        }
    }

    void refuseWhileReferenced(@Observes ActorDeleting deleting) {
        long articles = entityManager.createQuery("select count(distinct a) " + NAMING, Long.class)
                .setParameter("actor", deleting.actorId()).getSingleResult();
        if (articles > 0) {
            throw RejectedException.of(ErrorCode.IN_USE, articles + " article(s) name it as author, region or mention",
                    "id");
        }
    }

    void refuseWhileReferenced(@Observes PublicationDeleting deleting) {
        long articles = ArticleEntity.count("periodicalId", deleting.publicationId());
        if (articles > 0) {
            throw RejectedException.of(ErrorCode.IN_USE, articles + " article(s) appeared in it", "id");
        }
    }

    private static List<Long> replaced(List<Long> actors, ActorMerging merge) {
        return actors.stream().map(actor -> actor == merge.sourceId() ? merge.targetId() : actor).distinct().toList();
    }
}
