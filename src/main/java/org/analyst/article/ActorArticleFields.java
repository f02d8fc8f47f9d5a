package org.analyst.article;

import jakarta.inject.Inject;

import org.analyst.actor.Actor;
import org.analyst.graphql.PageArgs;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** An actor's articles: each page loaded for all the actors read with it at once. */
@GraphQLApi
public class ActorArticleFields {

    @Inject
    ArticleService articles;

    @Description("The published articles this actor wrote, newest first.")
    public @NonNull ArticleConnection authoredArticles(@Source Actor actor, @Description(PageArgs.FIRST) Integer first,
            @Description(PageArgs.AFTER) String after, @Description(PageArgs.LAST) Integer last,
            @Description(PageArgs.BEFORE) String before) {
        return articles.nested(actor.batch(), actor.key(), ArticleService.BY_AUTHOR, new PageArgs(first, after, last, before));
    }

    @Description("The published articles that mention this actor, newest first.")
    public @NonNull ArticleConnection mentionedIn(@Source Actor actor, @Description(PageArgs.FIRST) Integer first,
            @Description(PageArgs.AFTER) String after, @Description(PageArgs.LAST) Integer last,
            @Description(PageArgs.BEFORE) String before) {
        return articles.nested(actor.batch(), actor.key(), ArticleService.MENTIONING, new PageArgs(first, after, last, before));
    }
}
