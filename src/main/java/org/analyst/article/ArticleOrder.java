package org.analyst.article;

import org.analyst.graphql.SortKey;
import org.analyst.graphql.SortOrder;

public enum ArticleOrder {
    PUBLISHED_AT_DESC(SortOrder.descending("PUBLISHED_AT_DESC", SortKey.instant("a.sort_published_at"), SortKey.id("a.id"))),
    PUBLISHED_AT_ASC(SortOrder.ascending("PUBLISHED_AT_ASC", SortKey.instant("a.sort_published_at"), SortKey.id("a.id"))),
    TITLE_ASC(SortOrder.ascending("TITLE_ASC", SortKey.text("a.title"), SortKey.id("a.id"))),
    READ_COUNT_DESC(SortOrder.descending("READ_COUNT_DESC", SortKey.integer("r.read_count"), SortKey.id("a.id")));

    private final SortOrder sortOrder;

    ArticleOrder(SortOrder sortOrder) {
        this.sortOrder = sortOrder;
    }

    SortOrder sortOrder() {
        return sortOrder;
    }
}
