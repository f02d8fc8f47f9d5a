package org.analyst.analytics;

/**
 * How large an analytical answer may be. Constants rather than settings: the request gate prices
 * the lists they bound ({@code @ListSize} on the fields), and a price must not drift from the bound.
 * Beyond them a request is refused with BAD_USER_INPUT before it reads more (README, "Analytics").
 */
final class AnalyticsLimits {

    /** Deepest walk around an actor: depth 3 already reaches most of a well-connected network. */
    static final int MAX_DEPTH = 3;
    /** Most edges a network holds: more is no longer a picture a reader can take in. */
    static final int MAX_EDGES = 500;
    /** Most actors a network holds: the ends of its edges. */
    static final int MAX_NODES = 2 * MAX_EDGES;
    /**
     * Most (statement, target) pairs one network reads: the work bound. At the benchmark's scale
     * (200,000 statements) grouping 10,000 pairs with their visibility checks takes about 80 ms on a
     * 2-core machine, and a well-connected actor's whole network is ten times that.
     */
    static final int MAX_STATEMENT_TARGETS = 10_000;
    /** Most buckets of a timeline: 50 years of months, 11 years of weeks. */
    static final int MAX_BUCKETS = 600;

    private AnalyticsLimits() {
    }
}
