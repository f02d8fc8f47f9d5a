package org.analyst.article;

import java.util.function.Supplier;

import org.analyst.graphql.Connection;
import org.analyst.graphql.Page;

public class ArticleConnection extends Connection<Article, ArticleEdge> {

    ArticleConnection(Supplier<Page<Article>> page, Supplier<Long> totalCount) {
        super(page, totalCount);
    }

    @Override
    protected ArticleEdge edge(String cursor, Article node) {
        return new ArticleEdge(cursor, node);
    }
}
