package org.analyst.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.analyst.engine.errors.FaultHandler;
import org.analyst.engine.errors.GraphQLJavaErrors;
import org.analyst.engine.errors.Refusal;
import org.analyst.engine.limits.QueryAdmission;
import org.analyst.engine.limits.QueryAdmission.AdmittedQuery;
import org.analyst.security.Caller;

import graphql.ExecutionResult;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.Vertx;

/**
 * The one way every transport runs a GraphQL request (POST, WebSocket). It admits the request on
 * the caller's thread, parsing and measuring it against the limits (bounded work, so an event loop
 * keeps refusing bad requests while every worker waits for the database), then executes it with
 * SmallRye on a worker thread, in a request context of its own, as the holder of the credentials
 * the transport presents; and it gives every result its error codes, its {@code extensions.cost}
 * and its place in the operation metrics, in that order.
 *
 * <p>Why transports do not hand requests to SmallRye's {@link ExecutionService} directly: it parses
 * the document before graphql-java sees it and answers any syntax error with a bare "Unparseable
 * input document" (no code, no location); and SmallRye's WebSocket handler runs operations on the
 * event loop, where blocking JDBC and JTA transactions must not run.
 */
@ApplicationScoped
public class GraphQLEngine {

    @Inject
    QueryAdmission admission;

    @Inject
    OperationMetrics metrics;

    @Inject
    Caller caller;

    @Inject
    ExecutionService smallRye;

    @Inject
    Vertx vertx;

    /** The request's result, shaped for the client; refused requests complete at once. */
    public CompletionStage<ExecutionResult> run(GraphQLRequest request, String authorization, long arrivedNanos) {
        AdmittedQuery admitted;
        try {
            admitted = admission.admit(request.query(), request.operationName(), request.variables());
        } catch (Refusal refusal) {
            return CompletableFuture.completedFuture(refused(refusal));
        }
        return vertx.executeBlocking(() -> execute(request, authorization), false).toCompletionStage()
                .thenApply(result -> {
                    ExecutionResult shaped = withCost(GraphQLJavaErrors.withCodes(result), admitted);
                    metrics.executed(admitted.operation(), admitted.operationType(), !shaped.getErrors().isEmpty(), arrivedNanos);
                    return shaped;
                });
    }

    /** A request refused before it ran, by the engine or by its transport, as the client receives it. */
    public ExecutionResult refused(Refusal refusal) {
        metrics.refused(refusal.code());
        return ExecutionResult.newExecutionResult().addError(refusal.error()).extensions(refusal.extensions()).build();
    }

    private ExecutionResult execute(GraphQLRequest request, String authorization) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            caller.presents(authorization);
            Map<String, Object> context = new HashMap<>();
            // SmallRye's Quarkus data fetchers then call the API on this thread, and reactivate this
            // request context where they deactivated it.
            context.put("runBlocking", true);
            context.put("state", requestContext.getState());
            Result result = new Result();
            smallRye.executeSync(request.json(), context, result);
            return result.get();
        } finally {
            // As SmallRye's own HTTP handler does: its context is a thread local that outlives the request.
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.terminate();
        }
    }

    private ExecutionResult withCost(ExecutionResult result, AdmittedQuery admitted) {
        Map<Object, Object> extensions = new LinkedHashMap<>();
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        extensions.put("cost", admission.report(admitted.cost()));
        return result.transform(builder -> builder.extensions(extensions));
    }

    /** What SmallRye answered: a result, or a failure outside any field. */
    private static final class Result implements ExecutionResponseWriter {
        private ExecutionResult result;

        @Override
        public void write(ExecutionResponse response) {
            result = response.getExecutionResult();
        }

        @Override
        public void fail(Throwable failure) {
            result = ExecutionResult.newExecutionResult().addError(FaultHandler.fault(failure)).build();
        }

        ExecutionResult get() {
            return result;
        }
    }
}
