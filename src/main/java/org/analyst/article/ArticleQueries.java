package org.analyst.article;

import jakarta.inject.Inject;

import org.analyst.graphql.IdOrSlug;
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
    public Article article(@Description("Its global id.") @Id String id,
            @Description("Its slug, e.g. \"china-backs-kazakhstan-against-russian-threats\".") String slug) {
        return IdOrSlug.lookup(id, slug, Article.TYPE, articles::byKey, articles::bySlug);
    }

    @Query
    @Description("Articles, newest first unless ordered otherwise, filtered.")
    public @NonNull ArticleConnection articles(@Description("Which articles; all published ones when absent.") ArticleFilter filter,
            @Description("Default: PUBLISHED_AT_DESC.") ArticleOrder orderBy,
            @Description(PageArgs.FIRST) Integer first,
            @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last,
            @Description(PageArgs.BEFORE) String before) {
        return articles.connection(filter, orderBy, new PageArgs(first, after, last, before));
    }
}
