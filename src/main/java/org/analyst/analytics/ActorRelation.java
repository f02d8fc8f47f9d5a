package org.analyst.analytics;

import java.util.List;
import java.util.stream.IntStream;

import org.analyst.actor.Actor;
import org.analyst.engine.limits.ListSize;
import org.analyst.graphql.NodeBatch;
import org.analyst.statement.Stance;
import org.analyst.statement.StatementFilter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Who addresses whom: one edge per (speaker, target) pair over the matched statements.")
public class ActorRelation {

    @Ignore
    private final Edge edge;
    private final Actor source;
    private final Actor target;
    @Ignore
    private final NodeBatch network;
    @Ignore
    private final StatementFilter filter;

    ActorRelation(Edge edge, Actor source, Actor target, NodeBatch network, StatementFilter filter) {
        this.edge = edge;
        this.source = source;
        this.target = target;
        this.network = network;
        this.filter = filter;
    }

    @NonNull
    @Description("The speaker.")
    public Actor getSource() {
        return source;
    }

    @NonNull
    @Description("The actor the speaker's statements target.")
    public Actor getTarget() {
        return target;
    }

    @NonNull
    @Description("How many matched statements the source made about the target.")
    public int getStatementCount() {
        return edge.statements();
    }

    @NonNull
    @ListSize(assumedSize = 5)
    @Description("How many of those statements take each stance towards the target, for the stances taken, in the"
            + " order of Stance. A statement that names the target twice with two stances counts under both.")
    public List<@NonNull StanceCount> getStances() {
        return edge.stances();
    }

    @Ignore
    NodeBatch network() {
        return network;
    }

    @Ignore
    long pair() {
        return edge.pair();
    }

    @Ignore
    StatementFilter filter() {
        return filter;
    }

    /**
     * An edge as the network's grouped SQL reads it: its speaker and target, the key of one of its
     * statement_target rows (which names the pair for the pages of its statements), its counts, and
     * how many (statement, target) pairs it and its whole level read (the work bound).
     */
    record Edge(long speaker, long target, long pair, int statements, List<StanceCount> stances, int pairsRead,
            int levelRead) {

        static List<StanceCount> stancesOf(int[] counts) {
            Stance[] stances = Stance.values();
            return IntStream.range(0, stances.length).filter(i -> counts[i] > 0)
                    .mapToObj(i -> new StanceCount(stances[i], counts[i])).toList();
        }
    }
}
