package org.analyst.article;

import java.util.Map;
import java.util.function.BiFunction;

import jakarta.inject.Inject;

import org.analyst.actor.Actor;
import org.analyst.graphql.NestedConnections;
import org.analyst.graphql.PageArgs;
import org.analyst.publication.Publication;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import graphql.schema.FieldCoordinates;

/** The article connections of actors and periodicals, each page loaded for all siblings at once. */
@GraphQLApi
public class ArticleFields implements NestedConnections {

    @Inject
    ArticleService articles;

    @Description("The published articles this actor wrote, newest first.")
    public @NonNull ArticleConnection authoredArticles(@Source Actor actor, @Description(PageArgs.FIRST) Integer first,
            @Description(PageArgs.AFTER) String after, @Description(PageArgs.LAST) Integer last,
            @Description(PageArgs.BEFORE) String before) {
        return authoredBy(actor, new PageArgs(first, after, last, before));
    }

    @Description("The published articles that mention this actor, newest first.")
    public @NonNull ArticleConnection mentionedIn(@Source Actor actor, @Description(PageArgs.FIRST) Integer first,
            @Description(PageArgs.AFTER) String after, @Description(PageArgs.LAST) Integer last,
            @Description(PageArgs.BEFORE) String before) {
        return mentioning(actor, new PageArgs(first, after, last, before));
    }

    @Description("A periodical's published articles, newest first.")
    public @NonNull ArticleConnection articles(@Source Publication publication, @Description(PageArgs.FIRST) Integer first,
            @Description(PageArgs.AFTER) String after, @Description(PageArgs.LAST) Integer last,
            @Description(PageArgs.BEFORE) String before) {
        return inPeriodical(publication, new PageArgs(first, after, last, before));
    }

    @Override
    @Ignore
    public Map<FieldCoordinates, BiFunction<Object, PageArgs, Object>> pages() {
        return Map.of(
                FieldCoordinates.coordinates(Actor.TYPE, "authoredArticles"), (actor, page) -> authoredBy((Actor) actor, page),
                FieldCoordinates.coordinates(Actor.TYPE, "mentionedIn"), (actor, page) -> mentioning((Actor) actor, page),
                FieldCoordinates.coordinates(Publication.TYPE, "articles"),
                (publication, page) -> inPeriodical((Publication) publication, page));
    }

    private ArticleConnection authoredBy(Actor actor, PageArgs page) {
        return articles.nested(actor.siblings(), actor.key(), ArticleService.BY_AUTHOR, page);
    }

    private ArticleConnection mentioning(Actor actor, PageArgs page) {
        return articles.nested(actor.siblings(), actor.key(), ArticleService.MENTIONING, page);
    }

    private ArticleConnection inPeriodical(Publication publication, PageArgs page) {
        return articles.nested(publication.siblings(), publication.key(), ArticleService.IN_PERIODICAL, page);
    }
}
