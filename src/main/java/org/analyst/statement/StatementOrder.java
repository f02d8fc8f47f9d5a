package org.analyst.statement;

/**
 * Statements by the first day they may have happened; those with no known first day count as
 * oldest. StatementService says on which columns.
 */
public enum StatementOrder {
    DATE_DESC,
    DATE_ASC
}
