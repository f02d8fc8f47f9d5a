package org.analyst.statement;

public enum Stance {
    SUPPORTIVE, COOPERATIVE, NEUTRAL, CRITICAL, HOSTILE
}
