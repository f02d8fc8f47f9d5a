package org.analyst.statement;

import jakarta.inject.Inject;

import org.analyst.article.Article;
import org.analyst.graphql.PageArgs;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The statements an article reports: each page loaded for all the articles read with it at once. */
@GraphQLApi
public class ArticleStatementFields {

    @Inject
    StatementService statements;

    @Description("The statements this article reports, newest first.")
    public @NonNull StatementConnection statements(@Source Article article,
            @Description("Which of them; all when absent.") StatementFilter filter,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        return statements.nested(article.batch(), article.key(), StatementService.IN_ARTICLE, filter,
                new PageArgs(first, after, last, before));
    }
}
