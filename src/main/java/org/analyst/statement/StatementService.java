package org.analyst.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.analyst.actor.Actor;
import org.analyst.actor.ActorService;
import org.analyst.article.Article;
import org.analyst.article.ArticleService;
import org.analyst.article.ArticleVisibility;
import org.analyst.graphql.Audit;
import org.analyst.graphql.ConnectionLoader;
import org.analyst.graphql.ConnectionQuery;
import org.analyst.graphql.GlobalId;
import org.analyst.graphql.NodeService;
import org.analyst.graphql.PageArgs;
import org.analyst.graphql.ParentLink;
import org.analyst.graphql.PartialDateColumns;
import org.analyst.graphql.ReferencedNodes;
import org.analyst.graphql.Row;
import org.analyst.graphql.NodeBatch;
import org.analyst.graphql.SortKey;
import org.analyst.graphql.SortOrder;
import org.analyst.graphql.SqlConditions;
import org.analyst.graphql.SqlReader;
import org.analyst.graphql.ChildRow;
import org.analyst.graphql.DateRangeFilter;

/**
 * Reads the statements the current reader may see (those reported by a visible article), and
 * what belongs to them, always in batches.
 */
@ApplicationScoped
public class StatementService extends NodeService<StatementRow, Statement> {

    static final ParentLink IN_ARTICLE = ParentLink.through("article", "attestation l", "l.statement_id = s.id",
            "l.article_id");
    static final ParentLink BY_SPEAKER = ParentLink.byColumn("actor", "s.speaker_id");

    /** Passages with the article they are in, {@code attestation at join article a}: what {@link #attestation} reads. */
    private static final String ATTESTATIONS = "select at.id, at.statement_id, at.article_id, at.form, at.excerpt,"
            + " at.start_offset, at.end_offset from attestation at join article a on a.id = at.article_id";
    /** A statement's columns, of {@code statement s}: those {@link #statementRow} reads. */
    private static final String COLUMNS = Audit.columns("s") + ", s.speaker_id, s.kind, s.mode, s.summary, s.quote, "
            + PartialDateColumns.of("s.date") + ", s.medium, s.venue, s.attribution, s.status, s.source_url";
    /** Every statement: what a page reads from unless it is about some actors. */
    private static final StatementSource ALL = new StatementSource("statement s", new SqlConditions(), "s.sort_date", "s.id",
            false);

    @Inject
    SqlReader sql;

    @Inject
    ConnectionLoader connections;

    @Inject
    ArticleVisibility visibility;

    @Inject
    ActorService actors;

    @Inject
    ArticleService articles;

    public StatementService() {
        super(Statement.TYPE, COLUMNS, StatementService::statementRow);
    }

    private static StatementRow statementRow(Row row) {
        return new StatementRow(row.audit(), row.key("speaker_id"), row.constant("kind", StatementKind.class),
                row.constant("mode", StatementMode.class), row.text("summary"), row.text("quote"),
                row.partialDate("date"), row.constant("medium", Medium.class), row.text("venue"),
                row.constant("attribution", Attribution.class), row.constant("status", StatementStatus.class),
                row.text("source_url"));
    }

    @Override
    protected Statement node(StatementRow row, NodeBatch batch) {
        return new Statement(row, batch, this);
    }

    @Override
    protected List<StatementRow> visible(Collection<Long> keys) {
        return sql.list("select " + COLUMNS + " from statement s where " + SqlReader.oneOf("s.id", keys) + " and "
                + reported(), StatementService::statementRow, SqlReader.keyValue(keys));
    }

    public StatementConnection connection(StatementFilter filter, StatementOrder order, PageArgs args) {
        StatementSource source = filter != null && isGiven(filter.targetIds) ? throughTargets("t", filter, false) : ALL;
        ConnectionQuery query = query(source, filter, order, true);
        return new StatementConnection(connections.page(query, args, this), connections.count(query));
    }

    /** One parent's page of statements (newest first), loaded for its whole batch at once. */
    StatementConnection nested(NodeBatch batch, long parent, ParentLink link, StatementFilter filter,
            PageArgs args) {
        return nested(batch, parent, ALL, link, filter, args);
    }

    /** One actor's page of the statements that target it (not merely by interpretation, unless the filter says so). */
    StatementConnection about(NodeBatch batch, long actor, StatementFilter filter, PageArgs args) {
        return nested(batch, actor, throughTargets("l", filter, true), ParentLink.byColumn("actor", "l.actor_id"),
                filter, args);
    }

    private StatementConnection nested(NodeBatch batch, long parent, StatementSource source, ParentLink link,
            StatementFilter filter, PageArgs args) {
        // An article's statements are reported by that article, which the reader sees (it was read
        // as visible): asking whether some visible article reports them cost a join per row.
        ConnectionQuery query = query(source, filter, StatementOrder.DATE_DESC, link != IN_ARTICLE);
        return new StatementConnection(connections.page(batch, parent, link, query, args, this),
                connections.count(batch, parent, link, query));
    }

    /**
     * The statements a speaker made about a target, for the pages of many (speaker, target) pairs at
     * once: the statements {@code filter} matches, one of whose matched targets is the target. A pair
     * is named by the key of one of its statement_target rows, from which the parent table derives it.
     */
    public StatementConnection bySpeakerAbout(NodeBatch pairs, long pair, StatementFilter filter, PageArgs args) {
        ParentLink link = ParentLink.pair("(select pt.id, ps.speaker_id as first_key, pt.actor_id as second_key"
                + " from statement_target pt join statement ps on ps.id = pt.statement_id)", "s.speaker_id",
                "statement_target l", "l.statement_id = s.id", "l.actor_id", targetConditions(filter, "l"));
        return nested(pairs, pair, link, filter, args);
    }

    /**
     * The conditions on {@code statement s} under which {@code statements(filter:)} lists a statement:
     * the filter's, and that the reader may see it. For reads that aggregate what that field lists.
     */
    public SqlConditions matching(StatementFilter filter) {
        return query(ALL, filter, null, true).where().copy();
    }

    /**
     * Those of these statements that {@code statements(filter:)} lists for the current reader, in the
     * order of their keys, read as one batch: what a live subscription to new statements delivers.
     */
    public List<Statement> matchingAmong(Collection<Long> keys, StatementFilter filter) {
        SqlConditions conditions = matching(filter); // checks the filter (its ids) even when there is nothing to match
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Object> values = new ArrayList<>();
        values.add(SqlReader.keyValue(keys));
        values.addAll(conditions.values());
        List<StatementRow> rows = sql.list("select " + COLUMNS + " from statement s where " + SqlReader.oneOf("s.id", keys)
                + " and " + conditions.clause() + " order by s.id", values, StatementService::statementRow);
        Map<Long, Statement> nodes = NodeBatch.nodes(rows, this::node);
        return rows.stream().map(row -> nodes.get(row.key())).toList();
    }

    Map<Long, List<StatementTarget>> targetsOf(List<Long> statements) {
        ReferencedNodes<Actor> named = new ReferencedNodes<>(actors::byKeys);
        List<ChildRow<StatementTarget>> rows = sql.list("select statement_id, actor_id, role, stance, explicitness,"
                + " interpreted_by_id from statement_target where " + SqlReader.oneOf("statement_id", statements)
                + " order by statement_id, position",
                row -> new ChildRow<>(row.key("statement_id"), new StatementTarget(named.to(row.key("actor_id")),
                        row.constant("role", TargetRole.class), row.constant("stance", Stance.class),
                        row.constant("explicitness", Explicitness.class), named.to(row.key("interpreted_by_id")))),
                SqlReader.keyValue(statements));
        return ChildRow.byParent(rows);
    }

    /** The passages that report each statement, in articles the reader may see. */
    Map<Long, List<Attestation>> attestationsOf(List<Long> statements) {
        ReferencedNodes<Article> reporting = new ReferencedNodes<>(articles::byKeys);
        List<ChildRow<Attestation>> rows = sql.list(ATTESTATIONS + " where " + SqlReader.oneOf("at.statement_id", statements)
                + " and " + visibility.visibleCondition("a.status") + " order by at.statement_id, at.position",
                row -> new ChildRow<>(row.key("statement_id"), attestation(row, reporting)),
                SqlReader.keyValue(statements));
        return ChildRow.byParent(rows);
    }

    /** Passages by their own keys (a search names the one whose excerpt matched), in articles the reader may see. */
    public Map<Long, Attestation> attestationsByKeys(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        ReferencedNodes<Article> reporting = new ReferencedNodes<>(articles::byKeys);
        return sql.list(ATTESTATIONS + " where " + SqlReader.oneOf("at.id", keys) + " and "
                + visibility.visibleCondition("a.status"),
                row -> Map.entry(row.key("id"), attestation(row, reporting)), SqlReader.keyValue(keys)).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Attestation attestation(Row row, ReferencedNodes<Article> reporting) {
        return new Attestation(reporting.to(row.key("article_id")), row.constant("form", AttestationForm.class),
                row.text("excerpt"), row.integer("start_offset"), row.integer("end_offset"));
    }

    /** Each statement's relations to statements the reader may see. */
    Map<Long, List<StatementRelation>> relationsOf(List<Long> statements) {
        List<ChildRow<RelationRow>> rows = sql.list("select statement_id, type, related_statement_id"
                + " from statement_relation where " + SqlReader.oneOf("statement_id", statements)
                + " order by statement_id, position",
                row -> new ChildRow<>(row.key("statement_id"), new RelationRow(row.constant("type", RelationType.class),
                        row.key("related_statement_id"))),
                SqlReader.keyValue(statements));
        Map<Long, Statement> related = byKeys(rows.stream().map(row -> row.value().related()).distinct().toList());
        return ChildRow.byParent(rows.stream()
                .filter(row -> related.containsKey(row.value().related()))
                .map(row -> new ChildRow<>(row.parent(), new StatementRelation(row.value().type(),
                        related.get(row.value().related()))))
                .toList());
    }

    Map<Long, Actor> speakers(Collection<Long> keys) {
        return actors.byKeys(keys);
    }

    /** A relation as stored: its type and the related statement's key. */
    private record RelationRow(RelationType type, long related) {
    }

    /** A statement ({@code statement s}) is visible when an article the reader may see reports it. */
    public String reported() {
        return "exists (select 1 from attestation v join article va on va.id = v.article_id where v.statement_id = s.id and "
                + visibility.visibleCondition("va.status") + ")";
    }

    private ConnectionQuery query(StatementSource source, StatementFilter filter, StatementOrder order,
            boolean checkReported) {
        SqlConditions where = source.joined().copy();
        if (checkReported) {
            where.and(reported());
        }
        if (filter != null) {
            if (filter.speakerIds != null) {
                where.anyOf("s.speaker_id", actorKeys(filter.speakerIds));
            }
            if (!source.matchesTargets() && (isGiven(filter.targetIds) || isGiven(filter.stances))) {
                SqlConditions target = targetConditions(filter, "t");
                where.and("exists (select 1 from statement_target t where t.statement_id = s.id and " + target.clause() + ")",
                        target.values().toArray());
            }
            where.anyOf("s.kind", filter.kinds);
            where.anyOf("s.attribution", filter.attribution);
            where.anyOf("s.status", filter.status);
            DateRangeFilter.overlapping(where, "s.date", source.sortDate(), filter.from, filter.to);
            if (isGiven(filter.articleIds)) {
                where.and("exists (select 1 from attestation r join article ra on ra.id = r.article_id"
                        + " where r.statement_id = s.id and " + visibility.visibleCondition("ra.status")
                        + " and r.article_id in (?))",
                        filter.articleIds.stream().map(id -> GlobalId.keyOf(id, Article.TYPE)).toList());
            }
        }
        return new ConnectionQuery(source.from(), where, source.order(order),
                filter != null && !source.matchesTargets());
    }

    /**
     * The statements that the statement_target rows (alias {@code t}) matching the filter's targets
     * name, read through those rows: each carries its statement's sort date (V5__target_sort_date.sql),
     * so that one index hands out an actor's statements in date order, a page's worth however many
     * the actor has. A statement that two matching rows name comes once, through the first.
     *
     * <p>Written so that PostgreSQL plans the walk down the index for every actor, however many rows
     * it expects (bench/results/NOTES.md). The page sorts by the rows' own copy of the date and
     * statement id, the index's columns: joined on the dates as well as the ids, the statements would
     * sort as the index does too, but PostgreSQL took the two join conditions for independent,
     * expected about one row and planned to read a whole year's statements and sort them (29 ms for
     * Q2's page of 51, against 0.4 ms). And a row is its statement's first by a subquery, a probe of
     * the statement's own rows: as {@code not exists}, an anti-join, PostgreSQL could also hash all
     * the actor's rows first.
     *
     * @param sameActor whether two rows name a statement twice only when they name the same actor
     *        (the pages of each actor's statements) rather than any two of the filter's
     */
    private static StatementSource throughTargets(String t, StatementFilter filter, boolean sameActor) {
        SqlConditions matching = targetConditions(filter, "e");
        SqlConditions joined = new SqlConditions()
                .and("s.id = " + t + ".statement_id")
                .and(targetConditions(filter, t))
                .and(t + ".position = (select min(e.position) from statement_target e where e.statement_id = "
                        + t + ".statement_id" + (sameActor ? " and e.actor_id = " + t + ".actor_id" : "")
                        + " and " + matching.clause() + ")", matching.values().toArray());
        return new StatementSource("statement_target " + t + " cross join statement s", joined, t + ".sort_date",
                t + ".statement_id", true);
    }

    /**
     * What a page of statements reads from: a FROM clause that ends with {@code statement s}, the
     * conditions that join its tables, the sort date and statement id of its date order's index, and
     * whether it reads through the target rows that match the filter's targets. Every source's rows
     * come from an index in page order (through target rows whatever the actor, so the one plan
     * PostgreSQL keeps suits every actor), and the checks on each row (is it visible?) sit in the
     * page's own WHERE, where the page's LIMIT stops them. Behind an {@code OFFSET 0} fence,
     * PostgreSQL planned the rows for full retrieval and sorted all of a speaker's statements
     * (5.7 ms for one with 2,711, against 0.3: bench/results/NOTES.md).
     */
    private record StatementSource(String from, SqlConditions joined, String sortDate, String id, boolean matchesTargets) {

        /** The order on this source's columns; its name goes into cursors, which every source reads alike. */
        SortOrder order(StatementOrder order) {
            SortKey[] keys = {SortKey.date(sortDate), SortKey.id(id)};
            return order == StatementOrder.DATE_ASC ? SortOrder.ascending("DATE_ASC", keys)
                    : SortOrder.descending("DATE_DESC", keys);
        }
    }

    /**
     * What makes a target (a statement_target row of alias {@code t}) a match: one of targetIds, one
     * of the stances, not merely interpreted unless includeInterpreted.
     */
    public static SqlConditions targetConditions(StatementFilter filter, String t) {
        SqlConditions target = new SqlConditions();
        if (filter == null || !filter.countsInterpreted()) {
            target.and(t + ".explicitness <> 'INTERPRETED'");
        }
        if (filter != null) {
            target.anyOf(t + ".actor_id", filter.targetIds == null ? null : actorKeys(filter.targetIds));
            target.anyOf(t + ".stance", filter.stances);
        }
        return target;
    }

    private static boolean isGiven(List<?> values) {
        return values != null && !values.isEmpty();
    }

    private static List<Long> actorKeys(List<String> ids) {
        return ids.stream().map(id -> GlobalId.keyOf(id, Actor.TYPE)).distinct().toList();
    }
}
