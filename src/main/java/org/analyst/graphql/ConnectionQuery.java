package org.analyst.graphql;

/**
 * The rows a connection pages over: a FROM clause (a table and the alias the conditions and sort
 * keys use), the filter's conditions and the sort order.
 *
 * @param filtered whether a client's filter narrows the rows: how many match then depends on the
 *        filter's values (a much-discussed actor or a rare one), so its statements are planned for
 *        them ({@link SqlReader#rowsPlannedForValues})
 */
public record ConnectionQuery(String from, SqlConditions where, SortOrder order, boolean filtered) {
}
