package org.analyst.statement;

import jakarta.inject.Inject;

import org.analyst.actor.Actor;
import org.analyst.graphql.PageArgs;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The statements an actor made and those about it: each page loaded for all the actors read with it at once. */
@GraphQLApi
public class ActorStatementFields {

    @Inject
    StatementService statements;

    @Description("The statements this actor made, newest first.")
    public @NonNull StatementConnection statements(@Source Actor actor,
            @Description("Which of them; all when absent.") StatementFilter filter,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        return statements.nested(actor.batch(), actor.key(), StatementService.BY_SPEAKER, filter,
                new PageArgs(first, after, last, before));
    }

    @Description("The statements that target this actor (not merely by interpretation, unless includeInterpreted), newest first.")
    public @NonNull StatementConnection statementsAbout(@Source Actor actor,
            @Description("Which of them; all when absent.") StatementFilter filter,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        return statements.about(actor.batch(), actor.key(), filter, new PageArgs(first, after, last, before));
    }
}
