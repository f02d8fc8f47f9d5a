package org.analyst.article;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.analyst.actor.Actor;
import org.analyst.actor.ActorEntity;
import org.analyst.editing.EntityEditing;
import org.analyst.editing.IdsInInput;
import org.analyst.editing.Slugs;
import org.analyst.editing.VersionedWrites;
import org.analyst.graphql.RejectedException;
import org.analyst.graphql.ErrorCode;
import org.analyst.graphql.UserErrors;
import org.analyst.publication.Publication;
import org.analyst.publication.PublicationEntity;

/** Editors' changes to articles: each one validated whole, in one transaction, all or nothing. */
@ApplicationScoped
public class ArticleEditing extends EntityEditing<ArticleEntity, ArticleInput, Article> {

    @Inject
    ArticleService articles;

    @Inject
    ArticleVisibility visibility;

    @Inject
    Event<ArticleTextChanged> textChanged;

    @Inject
    Event<ArticleDeleting> deleting;

    public ArticleEditing() {
        super(ArticleEntity.class, Article.TYPE);
    }

    @Override
    protected ArticleEntity newEntity() {
        return new ArticleEntity();
    }

    @Override
    protected Article read(long key) {
        return articles.byKey(key);
    }

    @Transactional
    public Article publish(String id, int expectedVersion) {
        return transition(id, expectedVersion, article -> {
            UserErrors errors = new UserErrors();
            ArticleRules.publishable(article.body, errors, "id");
            errors.throwIfAny();
            article.status = ArticleStatus.PUBLISHED;
            article.publishedAt = article.publishedAt == null ? article.updatedAt : article.publishedAt;
        });
    }

    @Transactional
    public Article withdraw(String id, int expectedVersion) {
        return transition(id, expectedVersion, article -> {
            if (article.status != ArticleStatus.PUBLISHED) {
                throw RejectedException.of(ErrorCode.INVALID, "Only a published article can be withdrawn", "id");
            }
            article.status = ArticleStatus.WITHDRAWN;
        });
    }

    /** Deletes the article with its attestations; statements it alone reported go with it. */
    @Transactional
    public String delete(String id) {
        String subject = caller.requireAdmin();
        ArticleEntity article = find(id, "id");
        deleting.fire(new ArticleDeleting(article.id, subject));
        article.delete();
        VersionedWrites.flush(entityManager);
        return id;
    }

    /** Counts one read, atomically in the database: concurrent views all count. */
    @Transactional
    public int recordView(String id) {
        List<?> counts = entityManager.createNativeQuery("""
                update article_read_count r set read_count = r.read_count + 1
                from article a where a.id = r.article_id and a.id = :id and a.status in (:visible)
                returning r.read_count""")
                .setParameter("id", IdsInInput.target(id, Article.TYPE))
                .setParameter("visible", visibility.visibleStatuses().stream().map(Enum::name).toList())
                .getResultList();
        if (counts.isEmpty()) {
            throw IdsInInput.notFound(id, Article.TYPE);
        }
        return ((Number) counts.get(0)).intValue();
    }

    /** Also moves the attestations into a changed text, or refuses the change (see ArticleTextChanged). */
    @Override
    protected void apply(ArticleEntity article, ArticleInput input, UserErrors errors) {
        if (input.title != null) {
            article.title = input.title.strip();
        }
        if (input.slug != null || article.slug == null) {
            article.slug = Slugs.choose(input.slug, input.title, slug -> slugTaken(slug, article.id), errors,
                    "input", "slug");
        }
        if (input.summary != null) {
            article.summary = input.summary.isBlank() ? null : input.summary.strip();
        }
        if (input.category != null && !input.category.isBlank()) {
            article.category = input.category.strip();
        }
        if (input.authorIds != null) {
            article.authorIds = ids.all(errors, input.authorIds, Actor.TYPE, "actor", "input", "authorIds");
        }
        if (input.regionIds != null) {
            article.regionIds = states(errors, input.regionIds);
        }
        if (input.mentionIds != null) {
            article.mentionIds = ids.all(errors, input.mentionIds, Actor.TYPE, "actor", "input", "mentionIds");
        }
        if (input.periodicalId != null) {
            article.periodicalId = periodical(errors, input.periodicalId);
        }
        if (input.sections != null) {
            article.sections = input.sections.stream()
                    .map(section -> SectionEntity.normalized(section.role, section.heading, section.paragraphs))
                    .toList();
            String bodyBefore = article.body;
            article.body = ArticleBody.of(article.sections);
            article.wordCount = ArticleBody.wordCount(article.body);
            if (article.status == ArticleStatus.PUBLISHED) {
                ArticleRules.publishable(article.body, errors, "input", "sections");
            }
            errors.throwIfAny();
            if (article.id != null && !article.body.equals(bodyBefore)) {
                textChanged.fire(new ArticleTextChanged(article.id, article.body, article.updatedBy));
            }
        }
    }

    /** A change of status by an editor, on the version the editor saw. */
    private Article transition(String id, int expectedVersion, Consumer<ArticleEntity> change) {
        String subject = caller.requireEditor();
        ArticleEntity article = find(id, "id");
        VersionedWrites.checkVersion(article, expectedVersion);
        article.changedBy(subject);
        change.accept(article);
        VersionedWrites.flush(entityManager);
        return read(article.id);
    }

    private List<Long> states(UserErrors errors, List<String> regionIds) {
        List<Long> keys = ids.all(errors, regionIds, Actor.TYPE, "actor", "input", "regionIds");
        Map<Long, ActorEntity> regions = keys.isEmpty() ? Map.of()
                : ActorEntity.<ActorEntity>list("id in ?1", keys).stream()
                        .collect(Collectors.toMap(region -> region.id, Function.identity()));
        for (int i = 0; i < regionIds.size(); i++) {
            ActorEntity region = regions.get(IdsInInput.keyOf(regionIds.get(i), Actor.TYPE));
            if (region != null) {
                ArticleRules.region(region.slug, region.kind, errors, "input", "regionIds", i);
            }
        }
        return keys;
    }

    private Long periodical(UserErrors errors, String periodicalId) {
        Long key = ids.one(errors, periodicalId, Publication.TYPE, "publication", "input", "periodicalId");
        if (key != null) {
            PublicationEntity periodical = PublicationEntity.findById(key);
            ArticleRules.periodical(periodical.slug, periodical.kind, errors, "input", "periodicalId");
        }
        return key;
    }

    private static boolean slugTaken(String slug, Long self) {
        return self == null ? ArticleEntity.count("slug", slug) > 0
                : ArticleEntity.count("slug = ?1 and id <> ?2", slug, self) > 0;
    }
}
