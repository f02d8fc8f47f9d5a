package org.analyst.statement;

public enum StatementMode {
    UTTERANCE, DOCUMENT, DECISION, REPORTED_POSITION
}
