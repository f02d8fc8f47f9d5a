package org.analyst.article;

/** Fired inside the transaction that deletes an article, before the row goes. */
public record ArticleDeleting(long articleId, String deletedBy) {
}
