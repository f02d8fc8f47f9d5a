package org.analyst.live;

/** One row of the outbox ({@code live_event}): what became visible, and to whom. */
record LiveEvent(long id, Kind kind, long subject, boolean readers, boolean editors) {

    enum Kind { ARTICLE_PUBLISHED, STATEMENT_ADDED }

    /** Whether a subscriber who sees drafts (an editor) or not (a reader) is told. */
    boolean isFor(boolean seesDrafts) {
        return seesDrafts ? editors : readers;
    }
}
