package org.analyst.actor;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.analyst.graphql.Audit;
import org.analyst.graphql.BadUserInputException;
import org.analyst.graphql.ConnectionLoader;
import org.analyst.graphql.ConnectionQuery;
import org.analyst.graphql.GlobalId;
import org.analyst.graphql.NodeService;
import org.analyst.graphql.PageArgs;
import org.analyst.graphql.ReferencedNodes;
import org.analyst.graphql.Row;
import org.analyst.graphql.NodeBatch;
import org.analyst.graphql.SortKey;
import org.analyst.graphql.SqlReader;
import org.analyst.graphql.ChildRow;
import org.analyst.graphql.SortOrder;
import org.analyst.graphql.PartialDateColumns;
import org.analyst.graphql.SqlConditions;

/** Reads actors and what belongs to them, always for many actors at once. */
@ApplicationScoped
public class ActorService extends NodeService<ActorRow, Actor> {

    static final int MAX_NAME_FILTER_LENGTH = 200;
    static final SortOrder BY_NAME = SortOrder.ascending("NAME", SortKey.text("a.name"), SortKey.id("a.id"));
    /** An actor's columns, of {@code actor a}: those {@link #actorRow} reads. */
    private static final String COLUMNS = Audit.columns("a")
            + ", a.slug, a.kind, a.name, a.description, a.organization_type, a.country_id";

    @Inject
    SqlReader sql;

    @Inject
    ConnectionLoader connections;

    public ActorService() {
        super(Actor.TYPE, COLUMNS, ActorService::actorRow);
    }

    private static ActorRow actorRow(Row row) {
        return new ActorRow(row.audit(), row.text("slug"), row.constant("kind", ActorKind.class), row.text("name"),
                row.text("description"), row.constant("organization_type", OrganizationType.class),
                row.key("country_id"));
    }

    @Override
    protected Actor node(ActorRow row, NodeBatch batch) {
        return new Actor(row, batch, this);
    }

    @Override
    protected List<ActorRow> visible(Collection<Long> keys) {
        return sql.list("select " + COLUMNS + " from actor a where " + SqlReader.oneOf("a.id", keys),
                ActorService::actorRow, SqlReader.keyValue(keys));
    }

    public Actor bySlug(String slug) {
        return sql.list("select " + COLUMNS + " from actor a where a.slug = ?", ActorService::actorRow, slug).stream()
                .findFirst().map(row -> node(row, NodeBatch.of(row))).orElse(null);
    }

    public ActorConnection connection(ActorFilter filter, PageArgs args) {
        ConnectionQuery query = new ConnectionQuery("actor a", conditions(filter), BY_NAME, filter != null);
        return new ActorConnection(connections.page(query, args, this), connections.count(query));
    }

    /**
     * Each parent's actors as a join table lists them ({@code parentColumn}, {@code actor_id},
     * {@code position}: article_author, publication_publisher…), read with the actors' columns in
     * one statement. Every actor is visible to every reader, so the join hides none.
     */
    public Map<Long, List<Actor>> listedIn(String table, String parentColumn, List<Long> parents) {
        List<ChildRow<ActorRow>> rows = sql.list("select x." + parentColumn + " as listed_in, " + COLUMNS + " from "
                + table + " x join actor a on a.id = x.actor_id where " + SqlReader.oneOf("x." + parentColumn, parents)
                + " order by x." + parentColumn + ", x.position", row -> new ChildRow<>(row.key("listed_in"), actorRow(row)),
                SqlReader.keyValue(parents));
        Map<Long, Actor> actors = NodeBatch.nodes(rows.stream().map(ChildRow::value).toList(), this::node);
        return ChildRow.byParent(rows.stream().map(row -> new ChildRow<>(row.parent(), actors.get(row.value().key()))).toList());
    }

    Map<Long, List<ActorName>> aliasesOf(List<Long> actors) {
        List<ChildRow<ActorName>> rows = sql.list(
                "select actor_id, name, type from actor_name where " + SqlReader.oneOf("actor_id", actors)
                        + " order by actor_id, position",
                row -> new ChildRow<>(row.key("actor_id"), new ActorName(row.text("name"), row.constant("type", NameType.class))),
                SqlReader.keyValue(actors));
        return ChildRow.byParent(rows);
    }

    Map<Long, List<Position>> positionsOf(List<Long> actors) {
        ReferencedNodes<Actor> organizations = new ReferencedNodes<>(this::byKeys);
        List<ChildRow<Position>> rows = sql.list("select actor_id, title, organization_id, " + PartialDateColumns.of("start")
                + ", " + PartialDateColumns.of("end") + ", current from actor_position where "
                + SqlReader.oneOf("actor_id", actors) + " order by actor_id, position",
                row -> new ChildRow<>(row.key("actor_id"), new Position(row.text("title"),
                        organizations.to(row.key("organization_id")), row.partialDate("start"), row.partialDate("end"),
                        row.bool("current"))),
                SqlReader.keyValue(actors));
        return ChildRow.byParent(rows);
    }

    private static SqlConditions conditions(ActorFilter filter) {
        SqlConditions where = new SqlConditions();
        if (filter == null) {
            return where;
        }
        where.anyOf("a.kind", filter.kinds);
        if (filter.name != null && !filter.name.isBlank()) {
            if (filter.name.length() > MAX_NAME_FILTER_LENGTH) {
                // A longer text matches no name, and its trigrams would make the index search costly.
                throw new BadUserInputException("name must be at most " + MAX_NAME_FILTER_LENGTH + " characters");
            }
            String pattern = "%" + escapeLike(filter.name.strip().toLowerCase()) + "%";
            where.and("(lower(a.name) like ? or exists (select 1 from actor_name n where n.actor_id = a.id"
                    + " and lower(n.name) like ?))", pattern, pattern);
        }
        if (filter.countryIds != null) {
            where.anyOf("a.country_id", filter.countryIds.stream().map(id -> GlobalId.keyOf(id, Actor.TYPE)).toList());
        }
        return where;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
