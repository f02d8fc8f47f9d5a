package org.analyst.actor;

import java.util.List;

import jakarta.inject.Inject;

import org.analyst.graphql.Batch;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The relations of actors and positions, each loaded for a whole batch of them at once. */
@GraphQLApi
public class ActorFields {

    @Inject
    ActorService actors;

    @Description("Other names: \"Moscow\", \"the Kremlin\" for Russia.")
    public List<@NonNull List<@NonNull ActorName>> aliases(@Source List<Actor> sources) {
        return actors.aliasesOf(sources);
    }

    @Description("The state a person or organisation belongs to.")
    public List<Actor> country(@Source List<Actor> sources) {
        return Batch.related(sources, Actor::countryKey, actors::byKeys);
    }

    @Description("Offices held, over time.")
    public List<@NonNull List<@NonNull Position>> positions(@Source List<Actor> sources) {
        return actors.positionsOf(sources);
    }

    @Description("The organisation the office belongs to.")
    public List<Actor> organization(@Source List<Position> sources) {
        return Batch.related(sources, Position::organizationKey, actors::byKeys);
    }
}
