package org.analyst.publication;

public enum PublicationKind {
    PERIODICAL, SERIES, RESEARCH_PAPER, BOOK, EDITED_VOLUME, REPORT, EXTERNAL_ANALYSIS
}
