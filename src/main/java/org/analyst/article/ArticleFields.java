package org.analyst.article;

import java.util.List;

import jakarta.inject.Inject;

import org.analyst.actor.Actor;
import org.analyst.actor.ActorService;
import org.analyst.graphql.Batch;
import org.analyst.graphql.PageArgs;
import org.analyst.publication.Publication;
import org.analyst.publication.PublicationService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The relations of articles, each loaded for a whole batch of articles at once, and the article
 * connections of actors and periodicals.
 */
@GraphQLApi
public class ArticleFields {

    @Inject
    ArticleService articles;

    @Inject
    ActorService actors;

    @Inject
    PublicationService publications;

    @Description("Who wrote it, in byline order.")
    public List<@NonNull List<@NonNull Actor>> authors(@Source List<Article> sources) {
        return actors.referencedByAll(articles.actorKeysOf(sources, "article_author"));
    }

    @Description("The states the article is about.")
    public List<@NonNull List<@NonNull Actor>> regions(@Source List<Article> sources) {
        return actors.referencedByAll(articles.actorKeysOf(sources, "article_region"));
    }

    @Description("Every actor the article discusses.")
    public List<@NonNull List<@NonNull Actor>> mentions(@Source List<Article> sources) {
        return actors.referencedByAll(articles.actorKeysOf(sources, "article_mention"));
    }

    @Description("The full plain text: the paragraphs of all sections joined by blank lines. Every attestation's start and end point into it.")
    public List<@NonNull String> body(@Source List<Article> sources) {
        return articles.bodiesOf(sources);
    }

    @Description("The sections in reading order.")
    public List<@NonNull List<@NonNull ArticleSection>> sections(@Source List<Article> sources) {
        return articles.sectionsOf(sources);
    }

    @Description("The periodical it appeared in.")
    public List<Publication> periodical(@Source List<Article> sources) {
        return Batch.related(sources, Article::periodicalKey, publications::byKeys);
    }

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
