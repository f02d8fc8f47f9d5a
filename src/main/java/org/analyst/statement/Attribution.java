package org.analyst.statement;

public enum Attribution {
    CONFIRMED, ATTRIBUTED, DISPUTED, DENIED
}
