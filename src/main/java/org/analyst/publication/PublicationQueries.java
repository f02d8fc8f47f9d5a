package org.analyst.publication;

import jakarta.inject.Inject;

import org.analyst.graphql.Lookup;
import org.analyst.graphql.PageArgs;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class PublicationQueries {

    @Inject
    PublicationService publications;

    @Query
    @Description("One publication, by id or by slug (pass exactly one); null when there is none.")
    public Publication publication(@Id String id, String slug) {
        return Lookup.byIdOrSlug(id, slug, Publication.TYPE, publications::byKey, publications::bySlug);
    }

    @Query
    @Description("Publications, newest first, filtered.")
    public @NonNull PublicationConnection publications(PublicationFilter filter,
            @Description("Page forwards: at most this many (default 20, at most 100).") Integer first,
            @Description("Page forwards: start after this cursor.") String after,
            @Description("Page backwards: at most this many (at most 100).") Integer last,
            @Description("Page backwards: end before this cursor.") String before) {
        return publications.connection(filter, new PageArgs(first, after, last, before));
    }
}
