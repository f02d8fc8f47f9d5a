package org.analyst.search;

/**
 * One hit as the search statement ranks it: what it is, its score (and the score's exact text,
 * which its cursor carries), the passage whose excerpt matched (statements) and the highlight.
 */
record SearchHit(SearchType type, long key, double score, String scoreText, Long attestationKey, String highlight) {
}
