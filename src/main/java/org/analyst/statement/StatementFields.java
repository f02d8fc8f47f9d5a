package org.analyst.statement;

import java.util.Map;
import java.util.function.BiFunction;

import jakarta.inject.Inject;

import org.analyst.actor.Actor;
import org.analyst.article.Article;
import org.analyst.graphql.NestedConnections;
import org.analyst.graphql.PageArgs;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import graphql.schema.FieldCoordinates;

/** The statement connections of articles and actors, each page loaded for all siblings at once. */
@GraphQLApi
public class StatementFields implements NestedConnections {

    @Inject
    StatementService statements;

    @Description("The statements this article reports, newest first.")
    public @NonNull StatementConnection statements(@Source Article article, @Description("Which of them; all when absent.") StatementFilter filter,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        return inArticle(article, filter, new PageArgs(first, after, last, before));
    }

    @Description("The statements this actor made, newest first.")
    public @NonNull StatementConnection statements(@Source Actor actor, @Description("Which of them; all when absent.") StatementFilter filter,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        return bySpeaker(actor, filter, new PageArgs(first, after, last, before));
    }

    @Description("The statements that target this actor (not merely by interpretation, unless includeInterpreted), newest first.")
    public @NonNull StatementConnection statementsAbout(@Source Actor actor, @Description("Which of them; all when absent.") StatementFilter filter,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        return about(actor, filter, new PageArgs(first, after, last, before));
    }

    @Override
    @Ignore
    public Map<FieldCoordinates, BiFunction<Object, PageArgs, Object>> pages() {
        return Map.of(
                FieldCoordinates.coordinates(Article.TYPE, "statements"), (article, page) -> inArticle((Article) article, null, page),
                FieldCoordinates.coordinates(Actor.TYPE, "statements"), (actor, page) -> bySpeaker((Actor) actor, null, page),
                FieldCoordinates.coordinates(Actor.TYPE, "statementsAbout"), (actor, page) -> about((Actor) actor, null, page));
    }

    private StatementConnection inArticle(Article article, StatementFilter filter, PageArgs page) {
        return statements.nested(article.siblings(), article.key(), StatementService.IN_ARTICLE, filter, page);
    }

    private StatementConnection bySpeaker(Actor actor, StatementFilter filter, PageArgs page) {
        return statements.nested(actor.siblings(), actor.key(), StatementService.BY_SPEAKER, filter, page);
    }

    private StatementConnection about(Actor actor, StatementFilter filter, PageArgs page) {
        return statements.nested(actor.siblings(), actor.key(), StatementService.aboutTarget(filter), filter, page);
    }
}
