package org.analyst.article;

public enum ArticleStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
