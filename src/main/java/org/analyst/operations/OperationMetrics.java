package org.analyst.operations;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.analyst.limits.AdmittedRequest;

import graphql.ExecutionResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.cdi.event.AfterExecute;

/**
 * Per-operation GraphQL timings for {@code /q/metrics}: {@code analyst_graphql_operation_seconds}
 * by operation (its name, or the fields an anonymous one asks for), type and outcome, from the
 * moment the request reached the server; and {@code analyst_graphql_refused_total} by the code
 * the gate refused a request with.
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

    @Inject
    CurrentVertxRequest request;

    private final Set<String> operationNames = ConcurrentHashMap.newKeySet();

    public void refused(String code) {
        registry.counter("analyst.graphql.refused", "code", code).increment();
    }

    void executed(@Observes @AfterExecute Context context) {
        AdmittedRequest admitted = AdmittedRequest.of(request.getCurrent());
        if (admitted == null) {
            return;
        }
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        boolean failed = result == null || !result.getErrors().isEmpty();
        Timer.builder("analyst.graphql.operation")
                .description("GraphQL operations, from arrival to the end of execution")
                .tag("operation", bounded(admitted.operation()))
                .tag("type", admitted.operationType())
                .tag("outcome", failed ? "error" : "ok")
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(System.nanoTime() - admitted.arrivedNanos(), TimeUnit.NANOSECONDS);
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
