package org.analyst.search;

import java.util.List;

import jakarta.inject.Inject;

import org.analyst.graphql.PageArgs;
import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class SearchQueries {

    @Inject
    SearchService search;

    @Query
    @Description("Articles, actors, statements and publications matching a query, best first: \"territorial"
            + " integrity\", Medvedev, \"CPC pipeline\". Drafts only for editors, as everywhere.")
    public @NonNull SearchConnection search(
            @Description("As search boxes take it: words (all must match, in any form: \"pipelines\" finds"
                    + " \"pipeline\"), \"quoted phrases\", or, -excluded. Case and accents do not matter; actors"
                    + " are also found by names that resemble it. At most 500 characters; not blank.")
            @NonNull String query,
            // @Nullable: SmallRye makes a list argument non-null when its items are (smallrye-graphql#753).
            @Description("Only these kinds of object; all when absent.") @Nullable List<@NonNull SearchType> types,
            @Description(PageArgs.FIRST) Integer first,
            @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last,
            @Description(PageArgs.BEFORE) String before) {
        return search.search(query, types, new PageArgs(first, after, last, before));
    }
}
