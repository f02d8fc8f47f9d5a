package org.analyst.graphql;

/**
 * The rows a connection pages over: a FROM clause (whose alias the conditions and sort keys
 * use), the filter's conditions and the sort order.
 */
public record ConnectionQuery(String from, SqlConditions where, SortOrder order) {
}
