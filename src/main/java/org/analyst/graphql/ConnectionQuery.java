package org.analyst.graphql;

/**
 * The rows a connection pages over: a FROM clause (a table and the alias the conditions and sort
 * keys use), the filter's conditions and the sort order.
 *
 * @param checkedLast conditions that hardly ever exclude a row (visibility: most articles are
 *        published): the pages of many parents check them only on each parent's rows in page
 *        order, until the page is full, instead of on all its rows before sorting them
 *        (bench/results/NOTES.md).
 * @param filtered whether a client's filter narrows the rows: how many match then depends on the
 *        filter's values (a much-discussed actor or a rare one), so its statements are planned for
 *        them ({@link SqlReader#rowsPlannedForValues})
 */
public record ConnectionQuery(String from, SqlConditions where, SqlConditions checkedLast, SortOrder order,
        boolean filtered) {

    public ConnectionQuery(String from, SqlConditions where, SortOrder order, boolean filtered) {
        this(from, where, new SqlConditions(), order, filtered);
    }

    /** The alias of the FROM clause's table. */
    String alias() {
        return from.substring(from.lastIndexOf(' ') + 1);
    }

    /** All the conditions a row must meet. */
    SqlConditions conditions() {
        return where.copy().and(checkedLast);
    }
}
