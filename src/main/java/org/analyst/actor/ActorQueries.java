package org.analyst.actor;

import jakarta.inject.Inject;

import org.analyst.graphql.IdOrSlug;
import org.analyst.graphql.PageArgs;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ActorQueries {

    @Inject
    ActorService actors;

    @Query
    @Description("One actor, by id or by slug (pass exactly one); null when there is none.")
    public Actor actor(@Description("Its global id.") @Id String id,
            @Description("Its slug, e.g. \"kazakhstan\".") String slug) {
        return IdOrSlug.lookup(id, slug, Actor.TYPE, actors::byKey, actors::bySlug);
    }

    @Query
    @Description("Actors in name order, filtered.")
    public @NonNull ActorConnection actors(@Description("Which actors; all when absent.") ActorFilter filter,
            @Description(PageArgs.FIRST) Integer first,
            @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last,
            @Description(PageArgs.BEFORE) String before) {
        return actors.connection(filter, new PageArgs(first, after, last, before));
    }
}
