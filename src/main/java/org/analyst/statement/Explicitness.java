package org.analyst.statement;

public enum Explicitness {
    EXPLICIT, IMPLICIT, INTERPRETED
}
