package org.analyst.actor;

import jakarta.inject.Inject;

import org.analyst.graphql.Lookup;
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
    public Actor actor(@Id String id, String slug) {
        return Lookup.byIdOrSlug(id, slug, Actor.TYPE, actors::byKey, actors::bySlug);
    }

    @Query
    @Description("Actors in name order, filtered.")
    public @NonNull ActorConnection actors(ActorFilter filter,
            @Description("Page forwards: at most this many (default 20, at most 100).") Integer first,
            @Description("Page forwards: start after this cursor.") String after,
            @Description("Page backwards: at most this many (at most 100).") Integer last,
            @Description("Page backwards: end before this cursor.") String before) {
        return actors.connection(filter, new PageArgs(first, after, last, before));
    }
}
