package org.analyst.statement;

public enum StatementStatus {
    ACTIVE, EDITED, DELETED, RETRACTED, REVERSED
}
