package org.analyst.article;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.analyst.actor.Actor;
import org.analyst.graphql.BadUserInputException;
import org.analyst.graphql.Batch;
import org.analyst.graphql.ConnectionLoader;
import org.analyst.graphql.ConnectionQuery;
import org.analyst.graphql.GlobalId;
import org.analyst.graphql.NodeService;
import org.analyst.graphql.PageArgs;
import org.analyst.graphql.ParentLink;
import org.analyst.graphql.Siblings;
import org.analyst.graphql.SqlConditions;

/** Reads the articles the current reader may see, and what belongs to them, always in batches. */
@ApplicationScoped
public class ArticleService extends NodeService<ArticleEntity, Article> {

    static final ParentLink BY_AUTHOR = new ParentLink("actor",
            "exists (select 1 from article_author l where l.article_id = a.id and l.actor_id = parent.id)");
    static final ParentLink MENTIONING = new ParentLink("actor",
            "exists (select 1 from article_mention l where l.article_id = a.id and l.actor_id = parent.id)");
    static final ParentLink IN_PERIODICAL = new ParentLink("publication", "a.periodical_id = parent.id");

    /** Articles with their read counts, which live in a table of their own. */
    private static final String FROM = "article a join article_read_count r on r.article_id = a.id";

    @Inject
    EntityManager entityManager;

    @Inject
    ConnectionLoader connections;

    @Inject
    ArticleVisibility visibility;

    public ArticleService() {
        super(Article.TYPE);
    }

    @Override
    protected List<ArticleEntity> visible(Collection<Long> keys) {
        return ArticleEntity.list("id in ?1 and status in ?2", keys, visibility.visibleStatuses());
    }

    @Override
    protected Article node(ArticleEntity entity, Siblings siblings) {
        return new Article(entity, siblings);
    }

    public Article bySlug(String slug) {
        ArticleEntity entity = ArticleEntity.findBySlug(slug);
        return entity == null || !visibility.visibleStatuses().contains(entity.status) ? null
                : new Article(entity, Siblings.of(entity.id));
    }

    public ArticleConnection connection(ArticleFilter filter, ArticleOrder order, PageArgs args) {
        ConnectionQuery query = query(filter, order);
        return new ArticleConnection(connections.page(query, args, this::byKeys), connections.count(query));
    }

    /** One parent's page of published articles, loaded for all its siblings at once. */
    ArticleConnection nested(Siblings siblings, long parent, ParentLink link, PageArgs args) {
        ConnectionQuery query = query(null, ArticleOrder.PUBLISHED_AT_DESC);
        return new ArticleConnection(connections.page(siblings, parent, link, query, args, this::byKeys),
                connections.count(siblings, parent, link, query));
    }

    List<List<ArticleSection>> sectionsOf(List<Article> articles) {
        List<?> rows = entityManager.createQuery("""
                select a.id, s.role, s.heading, index(s), s.paragraphs from ArticleEntity a join a.sections s
                where a.id in :ids order by a.id, index(s)""")
                .setParameter("ids", Batch.keys(articles, Article::key))
                .getResultList();
        @SuppressWarnings("unchecked")
        Map<Long, List<ArticleSection>> sections = Batch.groupByParent(rows, row -> new ArticleSection(
                (SectionRole) row[1], (String) row[2], (Integer) row[3], (List<String>) row[4]));
        return Batch.listsFor(articles, Article::key, sections);
    }

    /** The actor keys of one of the article's ordered actor lists: authorIds, regionIds or mentionIds. */
    List<List<Long>> actorKeysOf(List<Article> articles, String list) {
        List<?> rows = entityManager.createQuery("select a.id, actor from ArticleEntity a join a." + list
                + " actor where a.id in :ids order by a.id, index(actor)")
                .setParameter("ids", Batch.keys(articles, Article::key))
                .getResultList();
        return Batch.listsFor(articles, Article::key, Batch.groupByParent(rows, row -> (Long) row[1]));
    }

    private ConnectionQuery query(ArticleFilter filter, ArticleOrder order) {
        SqlConditions where = new SqlConditions();
        List<ArticleStatus> statuses = visibility.visibleOf(filter == null ? null : filter.status);
        if (statuses.isEmpty()) {
            where.and("false");
        } else {
            where.anyOf("a.status", statuses);
        }
        if (filter != null) {
            if (filter.authorIds != null && !filter.authorIds.isEmpty()) {
                where.and("exists (select 1 from article_author l where l.article_id = a.id and l.actor_id in (?))",
                        actorKeys(filter.authorIds));
            }
            if (filter.mentionsActorIds != null) {
                for (Long actor : actorKeys(filter.mentionsActorIds)) {
                    where.and("exists (select 1 from article_mention l where l.article_id = a.id and l.actor_id = ?)", actor);
                }
            }
            if (filter.category != null) {
                where.and("lower(a.category) = lower(?)", filter.category);
            }
            if (filter.publishedFrom != null && filter.publishedTo != null
                    && filter.publishedFrom.isAfter(filter.publishedTo)) {
                throw new BadUserInputException("publishedFrom must not be after publishedTo");
            }
            // On sort_published_at, which the (status, sort_published_at, id) index holds; it equals
            // published_at wherever that is set, and drafts without one are left out explicitly.
            if (filter.publishedFrom != null || filter.publishedTo != null) {
                where.and("a.published_at is not null");
            }
            if (filter.publishedFrom != null) {
                where.and("a.sort_published_at >= ?", filter.publishedFrom.atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            if (filter.publishedTo != null) {
                where.and("a.sort_published_at < ?", filter.publishedTo.plusDays(1).atTime(LocalTime.MIDNIGHT).toInstant(ZoneOffset.UTC));
            }
        }
        return new ConnectionQuery(FROM, where, (order == null ? ArticleOrder.PUBLISHED_AT_DESC : order).sortOrder());
    }

    private static List<Long> actorKeys(List<String> ids) {
        return ids.stream().map(id -> GlobalId.keyOf(id, Actor.TYPE)).distinct().toList();
    }
}
