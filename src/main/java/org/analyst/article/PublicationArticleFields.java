package org.analyst.article;

import jakarta.inject.Inject;

import org.analyst.graphql.PageArgs;
import org.analyst.publication.Publication;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** A periodical's articles: each page loaded for all the publications read with it at once. */
@GraphQLApi
public class PublicationArticleFields {

    @Inject
    ArticleService articles;

    @Description("A periodical's published articles, newest first.")
    public @NonNull ArticleConnection articles(@Source Publication publication, @Description(PageArgs.FIRST) Integer first,
            @Description(PageArgs.AFTER) String after, @Description(PageArgs.LAST) Integer last,
            @Description(PageArgs.BEFORE) String before) {
        return articles.nested(publication.batch(), publication.key(), ArticleService.IN_PERIODICAL,
                new PageArgs(first, after, last, before));
    }
}
