package org.analyst.operations;

import static io.restassured.RestAssured.given;
import static org.analyst.graphql.GraphQLClient.query;
import static org.analyst.graphql.GraphQLClient.request;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Liveness, readiness with the database check, and Prometheus metrics with GraphQL timings and the pool. */
@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void liveAndReady() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void metricsTimeEachOperationByNameAndShowThePool() {
        String query = "query ActorNames { actors(first: 3) { nodes { name } } }";
        double before = count(metrics(), "analyst_graphql_operation_seconds_count", "operation=\"ActorNames\",outcome=\"ok\",type=\"query\"");
        request(Map.of("query", query)).ok();
        request(Map.of("query", query)).ok();
        query("{ actor(slug: \"kazakhstan\") { name } }").ok();
        query("{ actors(first: 101) { totalCount } }");
        query("{ actor(slug: \"kazakhstan\") { " + "country { ".repeat(25) + "name" + " }".repeat(25) + " } }");

        String metrics = metrics();
        assertTrue(count(metrics, "analyst_graphql_operation_seconds_count", "operation=\"ActorNames\",outcome=\"ok\",type=\"query\"")
                == before + 2, "two ActorNames operations timed");
        assertTrue(count(metrics, "analyst_graphql_operation_seconds_count", "operation=\"actor\",outcome=\"ok\",type=\"query\"") >= 1,
                "an anonymous operation is named by its fields");
        assertTrue(count(metrics, "analyst_graphql_operation_seconds_count", "operation=\"actors\",outcome=\"error\",type=\"query\"") >= 1);
        assertTrue(count(metrics, "analyst_graphql_refused_total", "code=\"QUERY_TOO_DEEP\"") >= 1, "refusals counted by code");
        assertTrue(metrics.contains("analyst_graphql_operation_seconds_bucket{"), "a histogram, for latency objectives");
        for (String pool : new String[] {"agroal_active_count", "agroal_available_count", "agroal_max_used_count",
                "agroal_awaiting_count"}) {
            assertTrue(metrics.contains(pool), "pool metric " + pool);
        }
    }

    /** Dashboards and alerts need the series from start-up, not from the first subscriber. */
    @Test
    void liveMetricsAreExposedFromStartUp() {
        String metrics = metrics();
        for (String live : new String[] {"analyst_live_connections", "analyst_live_subscriptions",
                "analyst_live_events_delivered_total", "analyst_live_events_dropped_total"}) {
            assertTrue(metrics.contains("\n" + live + " ") || metrics.contains("\n" + live + "{"), live + " is exposed");
        }
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the series with this name whose labels contain {@code labels}; 0 when there is none. */
    private static double count(String metrics, String name, String labels) {
        Matcher line = Pattern.compile("^" + name + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        while (line.find()) {
            if (line.group(1).contains(labels)) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }
}
