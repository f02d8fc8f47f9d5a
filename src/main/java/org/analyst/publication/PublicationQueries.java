package org.analyst.publication;

import jakarta.inject.Inject;

import org.analyst.graphql.IdOrSlug;
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
    public Publication publication(@Description("Its global id.") @Id String id,
            @Description("Its slug, e.g. \"silk-road-papers\".") String slug) {
        return IdOrSlug.lookup(id, slug, Publication.TYPE, publications::byKey, publications::bySlug);
    }

    @Query
    @Description("Publications, newest first, filtered.")
    public @NonNull PublicationConnection publications(@Description("Which publications; all when absent.") PublicationFilter filter,
            @Description(PageArgs.FIRST) Integer first,
            @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last,
            @Description(PageArgs.BEFORE) String before) {
        return publications.connection(filter, new PageArgs(first, after, last, before));
    }
}
