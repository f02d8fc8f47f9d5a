package org.analyst.article;

import java.time.Instant;

import org.analyst.graphql.Audit;
import org.analyst.graphql.NodeRow;
import org.analyst.graphql.Row;

/** The columns of an article that its GraphQL type shows, less the body, which is read only when asked for. */
record ArticleRow(Audit audit, String slug, String title, String summary, String category, ArticleStatus status,
        Instant publishedAt, Long periodicalId, int wordCount, int readCount) implements NodeRow {

    /** Of {@code article a join article_read_count r}. */
    static final String COLUMNS = Audit.columns("a") + ", a.slug, a.title, a.summary, a.category, a.status,"
            + " a.published_at, a.periodical_id, a.word_count, r.read_count";

    static ArticleRow read(Row row) {
        return new ArticleRow(row.audit(), row.text("slug"), row.text("title"), row.text("summary"),
                row.text("category"), row.constant("status", ArticleStatus.class), row.instant("published_at"),
                row.key("periodical_id"), row.integer("word_count"), row.integer("read_count"));
    }
}
