package org.analyst.engine;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.analyst.graphql.ErrorCode;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Per-operation GraphQL timings for {@code /q/metrics}: {@code analyst_graphql_operation_seconds}
 * by operation (its name, or the fields an anonymous one asks for), type and outcome, from the
 * moment the request reached the server, whatever transport brought it; and
 * {@code analyst_graphql_refused_total} by the code a request was refused with.
 *
 * <p>Operation names come from clients, so at most {@value #MAX_OPERATION_NAMES} distinct ones get
 * series of their own and the rest share "other": a client inventing names cannot make the
 * metrics grow without bound.
 */
@ApplicationScoped
public class OperationMetrics {

    static final int MAX_OPERATION_NAMES = 100;
    private static final Duration[] BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10)};

    @Inject
    MeterRegistry registry;

    private final Set<String> operationNames = ConcurrentHashMap.newKeySet();

    public void refused(ErrorCode code) {
        registry.counter("analyst.graphql.refused", "code", code.name()).increment();
    }

    void executed(String operation, String type, boolean failed, long arrivedNanos) {
        Timer.builder("analyst.graphql.operation")
                .description("GraphQL operations, from arrival to the end of execution")
                .tag("operation", bounded(operation))
                .tag("type", type)
                .tag("outcome", failed ? "error" : "ok")
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(System.nanoTime() - arrivedNanos, TimeUnit.NANOSECONDS);
    }

    private String bounded(String operation) {
        if (operationNames.contains(operation)) {
            return operation;
        }
        if (operationNames.size() < MAX_OPERATION_NAMES && operationNames.add(operation)) {
            return operation;
        }
        return operationNames.contains(operation) ? operation : "other";
    }
}
