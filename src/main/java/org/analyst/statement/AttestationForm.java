package org.analyst.statement;

public enum AttestationForm {
    DIRECT_QUOTE, PARTIAL_QUOTE, PARAPHRASE, SUMMARY
}
