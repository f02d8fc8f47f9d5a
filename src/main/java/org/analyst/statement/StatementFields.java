package org.analyst.statement;

import java.util.List;

import jakarta.inject.Inject;

import org.analyst.actor.Actor;
import org.analyst.actor.ActorService;
import org.analyst.article.Article;
import org.analyst.article.ArticleService;
import org.analyst.graphql.Batch;
import org.analyst.graphql.PageArgs;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The relations of statements, each loaded for a whole batch at once, and the statement
 * connections of articles and actors.
 */
@GraphQLApi
public class StatementFields {

    @Inject
    StatementService statements;

    @Inject
    ActorService actors;

    @Inject
    ArticleService articles;

    @Description("Who said or did it.")
    public List<@NonNull Actor> speaker(@Source List<Statement> sources) {
        return Batch.related(sources, Statement::speakerKey, actors::byKeys);
    }

    @Description("Whom it is about or addressed to.")
    public List<@NonNull List<@NonNull StatementTarget>> targets(@Source List<Statement> sources) {
        return statements.targetsOf(sources);
    }

    @Description("Where and how articles report it; never empty.")
    public List<@NonNull List<@NonNull Attestation>> attestations(@Source List<Statement> sources) {
        return statements.attestationsOf(sources);
    }

    @Description("How it relates to other statements.")
    public List<@NonNull List<@NonNull StatementRelation>> relations(@Source List<Statement> sources) {
        return statements.relationsOf(sources);
    }

    @Description("The targeted actor.")
    public List<@NonNull Actor> actor(@Source List<StatementTarget> sources) {
        return Batch.related(sources, StatementTarget::actorKey, actors::byKeys);
    }

    @Description("Who read the target into the statement, when INTERPRETED.")
    public List<Actor> interpretedBy(@Source List<StatementTarget> sources) {
        return Batch.related(sources, StatementTarget::interpretedByKey, actors::byKeys);
    }

    @Description("The article the passage is in.")
    public List<@NonNull Article> article(@Source List<Attestation> sources) {
        return Batch.related(sources, Attestation::articleKey, articles::byKeys);
    }

    @Description("The statements this article reports, newest first.")
    public @NonNull StatementConnection statements(@Source Article article, @Description("Which of them; all when absent.") StatementFilter filter,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        return statements.nested(article.siblings(), article.key(), StatementService.IN_ARTICLE,
                filter, new PageArgs(first, after, last, before));
    }

    @Description("The statements this actor made, newest first.")
    public @NonNull StatementConnection statements(@Source Actor actor, @Description("Which of them; all when absent.") StatementFilter filter,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        return statements.nested(actor.siblings(), actor.key(), StatementService.BY_SPEAKER,
                filter, new PageArgs(first, after, last, before));
    }

    @Description("The statements that target this actor (not merely by interpretation, unless includeInterpreted), newest first.")
    public @NonNull StatementConnection statementsAbout(@Source Actor actor, @Description("Which of them; all when absent.") StatementFilter filter,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        return statements.nested(actor.siblings(), actor.key(),
                StatementService.aboutTarget(filter), filter, new PageArgs(first, after, last, before));
    }
}
