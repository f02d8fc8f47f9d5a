package org.analyst.article;

import jakarta.inject.Inject;

import org.analyst.graphql.Lookup;
import org.analyst.graphql.PageArgs;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ArticleQueries {

    @Inject
    ArticleService articles;

    @Query
    @Description("One article, by id or by slug (pass exactly one); null when there is none or it is not visible to you.")
    public Article article(@Id String id, String slug) {
        return Lookup.byIdOrSlug(id, slug, Article.TYPE, articles::byKey, articles::bySlug);
    }

    @Query
    @Description("Articles, newest first unless ordered otherwise, filtered.")
    public @NonNull ArticleConnection articles(ArticleFilter filter,
            @Description("Default: PUBLISHED_AT_DESC.") ArticleOrder orderBy,
            @Description("Page forwards: at most this many (default 20, at most 100).") Integer first,
            @Description("Page forwards: start after this cursor.") String after,
            @Description("Page backwards: at most this many (at most 100).") Integer last,
            @Description("Page backwards: end before this cursor.") String before) {
        return articles.connection(filter, orderBy, new PageArgs(first, after, last, before));
    }
}
