package org.analyst.statement;

import org.analyst.graphql.SortKey;
import org.analyst.graphql.SortOrder;

/** Statements by the first day they may have happened; those with no known first day count as oldest. */
public enum StatementOrder {
    DATE_DESC(SortOrder.descending("DATE_DESC", SortKey.date("s.sort_date"), SortKey.id("s.id"))),
    DATE_ASC(SortOrder.ascending("DATE_ASC", SortKey.date("s.sort_date"), SortKey.id("s.id")));

    private final SortOrder sortOrder;

    StatementOrder(SortOrder sortOrder) {
        this.sortOrder = sortOrder;
    }

    SortOrder sortOrder() {
        return sortOrder;
    }
}
