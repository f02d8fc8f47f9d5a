package org.analyst.article;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.analyst.actor.Actor;
import org.analyst.actor.ActorService;
import org.analyst.graphql.Audit;
import org.analyst.graphql.BadUserInputException;
import org.analyst.graphql.ConnectionLoader;
import org.analyst.graphql.ConnectionQuery;
import org.analyst.graphql.GlobalId;
import org.analyst.graphql.NodeService;
import org.analyst.graphql.PageArgs;
import org.analyst.graphql.ParentLink;
import org.analyst.graphql.Row;
import org.analyst.graphql.NodeBatch;
import org.analyst.graphql.SortKey;
import org.analyst.graphql.SortOrder;
import org.analyst.graphql.SqlConditions;
import org.analyst.graphql.SqlReader;
import org.analyst.graphql.ChildRow;
import org.analyst.publication.Publication;
import org.analyst.publication.PublicationService;

/** Reads the articles the current reader may see, and what belongs to them, always in batches. */
@ApplicationScoped
public class ArticleService extends NodeService<ArticleRow, Article> {

    static final ParentLink BY_AUTHOR = ParentLink.through("actor", "article_author l", "l.article_id = a.id",
            "l.actor_id");
    static final ParentLink MENTIONING = ParentLink.through("actor", "article_mention l", "l.article_id = a.id",
            "l.actor_id");
    static final ParentLink IN_PERIODICAL = ParentLink.byColumn("publication", "a.periodical_id");

    /** Articles with their read counts, which live in a table of their own. */
    private static final String FROM = "article a join article_read_count r on r.article_id = a.id";
    /** An article's columns, of {@link #FROM}, less the body (read when asked for): those {@link #articleRow} reads. */
    private static final String COLUMNS = Audit.columns("a") + ", a.slug, a.title, a.summary, a.category, a.status,"
            + " a.published_at, a.periodical_id, a.word_count, r.read_count";
    /** Each order on the columns of {@link #FROM}; its name goes into cursors. */
    private static final Map<ArticleOrder, SortOrder> ORDERS = Map.of(
            ArticleOrder.PUBLISHED_AT_DESC, SortOrder.descending("PUBLISHED_AT_DESC",
                    SortKey.instant("a.sort_published_at"), SortKey.id("a.id")),
            ArticleOrder.PUBLISHED_AT_ASC, SortOrder.ascending("PUBLISHED_AT_ASC",
                    SortKey.instant("a.sort_published_at"), SortKey.id("a.id")),
            ArticleOrder.TITLE_ASC, SortOrder.ascending("TITLE_ASC", SortKey.text("a.title"), SortKey.id("a.id")),
            ArticleOrder.READ_COUNT_DESC, SortOrder.descending("READ_COUNT_DESC", SortKey.integer("r.read_count"),
                    SortKey.id("a.id")));

    @Inject
    SqlReader sql;

    @Inject
    ConnectionLoader connections;

    @Inject
    ArticleVisibility visibility;

    @Inject
    ActorService actors;

    @Inject
    PublicationService publications;

    public ArticleService() {
        super(Article.TYPE, COLUMNS, ArticleService::articleRow);
    }

    private static ArticleRow articleRow(Row row) {
        return new ArticleRow(row.audit(), row.text("slug"), row.text("title"), row.text("summary"),
                row.text("category"), row.constant("status", ArticleStatus.class), row.instant("published_at"),
                row.key("periodical_id"), row.integer("word_count"), row.integer("read_count"));
    }

    @Override
    protected Article node(ArticleRow row, NodeBatch batch) {
        return new Article(row, batch, this);
    }

    @Override
    protected List<ArticleRow> visible(Collection<Long> keys) {
        return sql.list("select " + COLUMNS + " from " + FROM + " where " + SqlReader.oneOf("a.id", keys) + " and "
                + visibility.visibleCondition("a.status"), ArticleService::articleRow, SqlReader.keyValue(keys));
    }

    public Article bySlug(String slug) {
        return sql.list("select " + COLUMNS + " from " + FROM + " where a.slug = ? and "
                + visibility.visibleCondition("a.status"), ArticleService::articleRow, slug).stream().findFirst()
                .map(row -> node(row, NodeBatch.of(row))).orElse(null);
    }

    public ArticleConnection connection(ArticleFilter filter, ArticleOrder order, PageArgs args) {
        ConnectionQuery query = query(filter, order);
        return new ArticleConnection(connections.page(query, args, this), connections.count(query));
    }

    /** One parent's page of published articles, loaded for its whole batch at once. */
    ArticleConnection nested(NodeBatch batch, long parent, ParentLink link, PageArgs args) {
        ConnectionQuery query = query(null, ArticleOrder.PUBLISHED_AT_DESC);
        return new ArticleConnection(connections.page(batch, parent, link, query, args, this),
                connections.count(batch, parent, link, query));
    }

    Map<Long, String> bodiesOf(List<Long> articles) {
        return sql.list("select id, body from article where " + SqlReader.oneOf("id", articles),
                row -> Map.entry(row.key("id"), row.text("body")), SqlReader.keyValue(articles))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Map<Long, List<ArticleSection>> sectionsOf(List<Long> articles) {
        List<ChildRow<ArticleSection>> rows = sql.list("select article_id, role, heading, position, paragraphs"
                + " from article_section where " + SqlReader.oneOf("article_id", articles) + " order by article_id, position",
                row -> new ChildRow<>(row.key("article_id"), new ArticleSection(row.constant("role", SectionRole.class),
                        row.text("heading"), row.integer("position"), row.texts("paragraphs"))),
                SqlReader.keyValue(articles));
        return ChildRow.byParent(rows);
    }

    /** The actors of one of the articles' ordered actor lists: article_author, article_region or article_mention. */
    Map<Long, List<Actor>> actorsListedIn(String table, List<Long> articles) {
        return actors.listedIn(table, "article_id", articles);
    }

    Map<Long, Publication> periodicals(Collection<Long> keys) {
        return publications.byKeys(keys);
    }

    private ConnectionQuery query(ArticleFilter filter, ArticleOrder order) {
        SqlConditions where = new SqlConditions();
        where.and(ArticleVisibility.statusIn("a.status", visibility.visibleOf(filter == null ? null : filter.status)));
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
        return new ConnectionQuery(FROM, where, ORDERS.get(order == null ? ArticleOrder.PUBLISHED_AT_DESC : order),
                filter != null);
    }

    private static List<Long> actorKeys(List<String> ids) {
        return ids.stream().map(id -> GlobalId.keyOf(id, Actor.TYPE)).distinct().toList();
    }
}
