package org.analyst.article;

/**
 * Fired inside the transaction that changes an article's body, before it commits, so that
 * whatever points into the text (attestations) can follow it or refuse the change.
 */
public record ArticleTextChanged(long articleId, String body, String changedBy) {
}
