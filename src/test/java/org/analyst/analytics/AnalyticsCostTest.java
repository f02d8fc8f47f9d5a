package org.analyst.analytics;

import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The request gate prices the analytics at their bounds: a network's edges at the most edges it may
 * hold, each edge's statements page multiplied by them, a timeline at the most buckets.
 */
@QuarkusTest
class AnalyticsCostTest {

    @Test
    void aNetworkCostsItsMostEdgesAndTheirPages() {
        var network = query("""
                { actorNetwork { nodes { name } edges { source { name } target { name } statementCount stances { count }
                  statements(first: 3) { nodes { summary } } } } }""").ok();
        // 1 network + 1,000 nodes + 500 edges x (1 + source + target + 5 stances + a page of 1 + 3 statements)
        assertEquals(1 + AnalyticsLimits.MAX_NODES + AnalyticsLimits.MAX_EDGES * (1 + 1 + 1 + 5 + 1 + 3),
                (int) network.extension("cost.complexity"));
    }

    @Test
    void largePagesOfEveryEdgeAreTooComplex() {
        var refused = query("{ actorNetwork { edges { statements(first: 50) { nodes { summary } } } } }");
        assertEquals("QUERY_TOO_COMPLEX", refused.errors().get(0).get("extensions") instanceof java.util.Map<?, ?> e ? e.get("code") : null);
        assertFalse(refused.hasData());
        assertEquals(1 + AnalyticsLimits.MAX_EDGES * (1 + 1 + 50), (int) refused.extension("cost.complexity"));
    }

    @Test
    void aTimelineCostsItsMostBucketsWithTheirCounts() {
        var timeline = query("{ statementTimeline(interval: YEAR) { start count byStance { count } byKind { count } } }").ok();
        assertEquals(AnalyticsLimits.MAX_BUCKETS * (1 + 5 + 20), (int) timeline.extension("cost.complexity"));
    }
}
