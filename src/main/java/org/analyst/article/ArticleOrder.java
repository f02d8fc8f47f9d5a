package org.analyst.article;

/** How a list of articles is ordered; ArticleService says on which columns. */
public enum ArticleOrder {
    PUBLISHED_AT_DESC,
    PUBLISHED_AT_ASC,
    TITLE_ASC,
    READ_COUNT_DESC
}
