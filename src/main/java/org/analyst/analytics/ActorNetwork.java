package org.analyst.analytics;

import java.util.List;

import org.analyst.actor.Actor;
import org.analyst.engine.limits.ListSize;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Who addresses whom among the matched statements: the actors, and one edge per (speaker, target) pair.")
public record ActorNetwork(
        @NonNull @ListSize(assumedSize = AnalyticsLimits.MAX_NODES)
        @Description("The actors at either end of an edge (and the actor the network is around), by name.")
        List<@NonNull Actor> nodes,
        @NonNull @ListSize(assumedSize = AnalyticsLimits.MAX_EDGES)
        @Description("The edges, most statements first.")
        List<@NonNull ActorRelation> edges) {
}
