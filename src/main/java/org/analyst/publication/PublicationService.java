package org.analyst.publication;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.analyst.actor.Actor;
import org.analyst.actor.ActorService;
import org.analyst.graphql.Audit;
import org.analyst.graphql.ConnectionLoader;
import org.analyst.graphql.ConnectionQuery;
import org.analyst.graphql.GlobalId;
import org.analyst.graphql.NodeService;
import org.analyst.graphql.PageArgs;
import org.analyst.graphql.PartialDateColumns;
import org.analyst.graphql.ReferencedNodes;
import org.analyst.graphql.Row;
import org.analyst.graphql.NodeBatch;
import org.analyst.graphql.SortKey;
import org.analyst.graphql.SqlReader;
import org.analyst.graphql.ChildRow;
import org.analyst.graphql.SortOrder;
import org.analyst.graphql.SqlConditions;
import org.analyst.graphql.DateRangeFilter;

/** Reads publications and what belongs to them, always for many publications at once. */
@ApplicationScoped
public class PublicationService extends NodeService<PublicationRow, Publication> {

    static final SortOrder NEWEST_FIRST = SortOrder.descending("DATE_DESC", SortKey.date("p.sort_date"),
            SortKey.id("p.id"));
    /** A publication's columns, of {@code publication p}: those {@link #publicationRow} reads. */
    private static final String COLUMNS = Audit.columns("p") + ", p.slug, p.kind, p.title, p.series_id, p.outlet_id, "
            + PartialDateColumns.of("p.date") + ", p.url, p.description, p.staff_publication";

    @Inject
    SqlReader sql;

    @Inject
    ConnectionLoader connections;

    @Inject
    ActorService actors;

    public PublicationService() {
        super(Publication.TYPE, COLUMNS, PublicationService::publicationRow);
    }

    private static PublicationRow publicationRow(Row row) {
        return new PublicationRow(row.audit(), row.text("slug"), row.constant("kind", PublicationKind.class),
                row.text("title"), row.key("series_id"), row.key("outlet_id"), row.partialDate("date"), row.text("url"),
                row.text("description"), row.bool("staff_publication"));
    }

    @Override
    protected Publication node(PublicationRow row, NodeBatch batch) {
        return new Publication(row, batch, this);
    }

    @Override
    protected List<PublicationRow> visible(Collection<Long> keys) {
        return sql.list("select " + COLUMNS + " from publication p where " + SqlReader.oneOf("p.id", keys),
                PublicationService::publicationRow, SqlReader.keyValue(keys));
    }

    public Publication bySlug(String slug) {
        return sql.list("select " + COLUMNS + " from publication p where p.slug = ?", PublicationService::publicationRow,
                slug).stream().findFirst().map(row -> node(row, NodeBatch.of(row))).orElse(null);
    }

    public PublicationConnection connection(PublicationFilter filter, PageArgs args) {
        ConnectionQuery query = new ConnectionQuery("publication p", conditions(filter), NEWEST_FIRST, filter != null);
        return new PublicationConnection(connections.page(query, args, this), connections.count(query));
    }

    Map<Long, List<Contribution>> contributionsOf(List<Long> publications) {
        ReferencedNodes<Actor> contributors = new ReferencedNodes<>(actors::byKeys);
        List<ChildRow<Contribution>> rows = sql.list("select publication_id, actor_id, role, position"
                + " from publication_contributor where " + SqlReader.oneOf("publication_id", publications)
                + " order by publication_id, position",
                row -> new ChildRow<>(row.key("publication_id"), new Contribution(contributors.to(row.key("actor_id")),
                        row.constant("role", ContributorRole.class), row.integer("position"))),
                SqlReader.keyValue(publications));
        return ChildRow.byParent(rows);
    }

    Map<Long, List<Actor>> publishersOf(List<Long> publications) {
        return actors.listedIn("publication_publisher", "publication_id", publications);
    }

    Map<Long, Actor> outlets(Collection<Long> keys) {
        return actors.byKeys(keys);
    }

    private static SqlConditions conditions(PublicationFilter filter) {
        SqlConditions where = new SqlConditions();
        if (filter == null) {
            return where;
        }
        where.anyOf("p.kind", filter.kinds);
        if (filter.contributorIds != null && !filter.contributorIds.isEmpty()) {
            where.and("exists (select 1 from publication_contributor c where c.publication_id = p.id and c.actor_id in (?))",
                    filter.contributorIds.stream().map(id -> GlobalId.keyOf(id, Actor.TYPE)).toList());
        }
        if (filter.seriesId != null) {
            where.and("p.series_id = ?", GlobalId.keyOf(filter.seriesId, Publication.TYPE));
        }
        if (filter.staffPublication != null) {
            where.and("p.staff_publication = ?", filter.staffPublication);
        }
        DateRangeFilter.overlapping(where, "p.date", "p.sort_date", filter.from, filter.to);
        return where;
    }
}
