package org.analyst.article;

import jakarta.inject.Inject;

import org.analyst.actor.Actor;
import org.analyst.graphql.PageArgs;
import org.analyst.publication.Publication;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The article connections of actors and periodicals, each page loaded for all siblings at once. */
@GraphQLApi
public class ArticleFields {

    @Inject
    ArticleService articles;

    @Description("The published articles this actor wrote, newest first.")
    public @NonNull ArticleConnection authoredArticles(@Source Actor actor, @Description(PageArgs.FIRST) Integer first,
            @Description(PageArgs.AFTER) String after, @Description(PageArgs.LAST) Integer last,
            @Description(PageArgs.BEFORE) String before) {
        return articles.nested(actor.siblings(), actor.key(), ArticleService.BY_AUTHOR,
                new PageArgs(first, after, last, before));
    }

    @Description("The published articles that mention this actor, newest first.")
    public @NonNull ArticleConnection mentionedIn(@Source Actor actor, @Description(PageArgs.FIRST) Integer first,
            @Description(PageArgs.AFTER) String after, @Description(PageArgs.LAST) Integer last,
            @Description(PageArgs.BEFORE) String before) {
        return articles.nested(actor.siblings(), actor.key(), ArticleService.MENTIONING,
                new PageArgs(first, after, last, before));
    }

    @Description("A periodical's published articles, newest first.")
    public @NonNull ArticleConnection articles(@Source Publication publication, @Description(PageArgs.FIRST) Integer first,
            @Description(PageArgs.AFTER) String after, @Description(PageArgs.LAST) Integer last,
            @Description(PageArgs.BEFORE) String before) {
        return articles.nested(publication.siblings(), publication.key(),
                ArticleService.IN_PERIODICAL, new PageArgs(first, after, last, before));
    }
}
