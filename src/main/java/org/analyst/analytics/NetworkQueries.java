package org.analyst.analytics;

import jakarta.inject.Inject;

import org.analyst.actor.Actor;
import org.analyst.graphql.GlobalId;
import org.analyst.graphql.PageArgs;
import org.analyst.statement.StatementConnection;
import org.analyst.statement.StatementFilter;
import org.analyst.statement.StatementService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class NetworkQueries {

    @Inject
    NetworkService networks;

    @Inject
    StatementService statements;

    @Query
    @Description("Who addresses whom: one edge per (speaker, target) pair over the statements the filter matches (as"
            + " statements(filter:) matches them), counted over their matched targets. Around an actor, depth 1 is its"
            + " own edges in both directions, 2 adds its neighbours' edges, and so on, up to depth "
            + AnalyticsLimits.MAX_DEPTH + ". A network of more than " + AnalyticsLimits.MAX_EDGES + " edges, or one that"
            + " reads more than " + AnalyticsLimits.MAX_STATEMENT_TARGETS + " (statement, target) pairs, is refused"
            + " with BAD_USER_INPUT: narrow the filter or lower the depth.")
    public @NonNull ActorNetwork actorNetwork(@Description("Which statements; all when absent.") StatementFilter filter,
            @Description("The actor the network is around; the whole network of the matched statements when absent.")
            @Id String aroundActorId,
            @Description("How far around the actor: 1 (default) to " + AnalyticsLimits.MAX_DEPTH
                    + "; only with aroundActorId.") Integer depth) {
        return networks.network(filter, aroundActorId == null ? null : GlobalId.keyOf(aroundActorId, Actor.TYPE), depth);
    }

    @Description("The matched statements the source made about the target, newest first.")
    public @NonNull StatementConnection statements(@Source ActorRelation relation,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after) {
        return statements.bySpeakerAbout(relation.network(), relation.pair(), relation.filter(),
                new PageArgs(first, after, null, null));
    }
}
