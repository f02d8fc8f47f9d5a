package org.analyst.article;

import java.time.Instant;

import org.analyst.graphql.Audit;
import org.analyst.graphql.NodeRow;

/** The columns of an article that its GraphQL type shows, less the body, which is read only when asked for. */
record ArticleRow(Audit audit, String slug, String title, String summary, String category, ArticleStatus status,
        Instant publishedAt, Long periodicalId, int wordCount, int readCount) implements NodeRow {
}
