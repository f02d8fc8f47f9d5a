package org.analyst.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.analyst.actor.Actor;
import org.analyst.actor.ActorService;
import org.analyst.analytics.ActorRelation.Edge;
import org.analyst.graphql.BadUserInputException;
import org.analyst.graphql.NodeBatch;
import org.analyst.graphql.Row;
import org.analyst.graphql.SqlConditions;
import org.analyst.graphql.SqlReader;
import org.analyst.statement.Stance;
import org.analyst.statement.StatementFilter;
import org.analyst.statement.StatementService;

/**
 * Who addresses whom, grouped in SQL: an edge per (speaker, target) pair of the statements a
 * filter matches, over their matched targets (StatementService's own conditions, visibility
 * included). Around an actor the network grows a level at a time, one statement per level: level
 * k holds the edges of the actors first reached at level k - 1. Each level reads at most what is
 * left of {@link AnalyticsLimits#MAX_STATEMENT_TARGETS} and stops there, so a request that would
 * read more is refused after bounded work, and so is one with more than
 * {@link AnalyticsLimits#MAX_EDGES} edges.
 */
@ApplicationScoped
public class NetworkService {

    /** One (statement, target) pair of the matched statements; {@code nt} is a matched target. */
    private static final String PAIRS = "select s.id as statement_id, s.speaker_id, nt.actor_id as target_id,"
            + " nt.stance, nt.id as pair_id from statement s join statement_target nt on nt.statement_id = s.id where ";

    @Inject
    SqlReader sql;

    @Inject
    StatementService statements;

    @Inject
    ActorService actors;

    public ActorNetwork network(StatementFilter filter, Long around, Integer depth) {
        List<Edge> edges = new ArrayList<>();
        if (around == null) {
            if (depth != null) {
                throw new BadUserInputException("depth needs aroundActorId: without it the network is that of all matched statements");
            }
            edges.addAll(level(filter, null, Set.of(), 0));
        } else {
            walk(filter, around, depth == null ? 1 : depth, edges);
        }
        edges.sort(Comparator.comparingInt(Edge::statements).reversed().thenComparingLong(Edge::speaker)
                .thenComparingLong(Edge::target));
        Set<Long> keys = new LinkedHashSet<>();
        if (around != null) {
            keys.add(around);
        }
        edges.forEach(edge -> {
            keys.add(edge.speaker());
            keys.add(edge.target());
        });
        Map<Long, Actor> nodes = actors.byKeys(keys);
        NodeBatch network = NodeBatch.ofKeys(edges.stream().map(Edge::pair).toList());
        return new ActorNetwork(
                nodes.values().stream().sorted(Comparator.comparing(Actor::getName).thenComparing(Actor::key)).toList(),
                edges.stream().map(edge -> new ActorRelation(edge, nodes.get(edge.speaker()), nodes.get(edge.target()),
                        network, filter)).toList());
    }

    private void walk(StatementFilter filter, long around, int depth, List<Edge> edges) {
        if (depth < 1 || depth > AnalyticsLimits.MAX_DEPTH) {
            throw new BadUserInputException("depth must be between 1 and " + AnalyticsLimits.MAX_DEPTH + ", was " + depth);
        }
        Set<Long> reached = new HashSet<>(Set.of(around));
        Set<Long> earlier = new HashSet<>();
        Set<Long> frontier = Set.of(around);
        int read = 0;
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            List<Edge> found = level(filter, frontier, earlier, read);
            edges.addAll(found);
            checkEdges(edges.size());
            read += found.stream().mapToInt(Edge::pairsRead).sum();
            earlier.addAll(frontier);
            Set<Long> next = new HashSet<>();
            for (Edge edge : found) {
                for (long end : List.of(edge.speaker(), edge.target())) {
                    if (reached.add(end)) {
                        next.add(end);
                    }
                }
            }
            frontier = next;
        }
    }

    /**
     * The edges with an end in {@code frontier} (all edges when it is null) and none in
     * {@code earlier}, read in one statement: the matched pairs on the speaker's side and on the
     * target's, each side stopping after the pairs left of the work bound.
     */
    private List<Edge> level(StatementFilter filter, Set<Long> frontier, Set<Long> earlier, int readBefore) {
        int budget = AnalyticsLimits.MAX_STATEMENT_TARGETS - readBefore;
        SqlConditions matched = statements.matching(filter).and(StatementService.targetConditions(filter, "nt"));
        String pairs;
        List<Object> values = new ArrayList<>();
        if (frontier == null) {
            pairs = side(matched, values, budget);
        } else {
            SqlConditions bySpeaker = matched.copy().and("s.speaker_id = any(?)", keys(frontier))
                    .and("not nt.actor_id = any(?)", keys(earlier));
            SqlConditions byTarget = matched.copy().and("nt.actor_id = any(?)", keys(frontier))
                    .and("not s.speaker_id = any(?)", keys(earlier));
            pairs = side(bySpeaker, values, budget) + " union " + side(byTarget, values, budget);
        }
        String stances = List.of(Stance.values()).stream()
                .map(stance -> "count(distinct m.statement_id) filter (where m.stance = '" + stance.name() + "') as "
                        + stance.name().toLowerCase())
                .collect(Collectors.joining(", "));
        List<Edge> edges = sql.listPlannedForValues("select m.speaker_id, m.target_id, min(m.pair_id) as pair,"
                + " count(distinct m.statement_id) as statements, " + stances + ", count(*) as pairs_read,"
                + " sum(count(*)) over () as level_read from (" + pairs + ") m group by m.speaker_id, m.target_id",
                values, NetworkService::edge);
        if (!edges.isEmpty() && edges.get(0).levelRead() > budget) {
            throw new BadUserInputException("the network reads more than " + AnalyticsLimits.MAX_STATEMENT_TARGETS
                    + " (statement, target) pairs, the most one request may read: narrow the filter (dates, kinds,"
                    + " speakers) or lower the depth");
        }
        return edges;
    }

    /** One side's pairs, in parentheses, with a limit of one past the budget: reaching it means too many. */
    private static String side(SqlConditions where, List<Object> values, int budget) {
        values.addAll(where.values());
        values.add(budget + 1);
        return "(" + PAIRS + where.clause() + " limit ?)";
    }

    private static Edge edge(Row row) {
        Stance[] stances = Stance.values();
        int[] counts = new int[stances.length];
        for (int i = 0; i < stances.length; i++) {
            counts[i] = row.integer(stances[i].name().toLowerCase());
        }
        return new Edge(row.key("speaker_id"), row.key("target_id"), row.key("pair"), row.integer("statements"),
                Edge.stancesOf(counts), row.integer("pairs_read"), row.integer("level_read"));
    }

    private static void checkEdges(int count) {
        if (count > AnalyticsLimits.MAX_EDGES) {
            throw new BadUserInputException("the network has more than " + AnalyticsLimits.MAX_EDGES
                    + " edges, the most one request may hold: narrow the filter (dates, kinds, speakers) or lower the depth");
        }
    }

    private static Object keys(Collection<Long> keys) {
        return SqlReader.keys(keys);
    }
}
