package org.analyst.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.analyst.engine.errors.FaultHandler;
import org.analyst.engine.errors.GraphQLJavaErrors;
import org.analyst.engine.errors.Refusal;
import org.analyst.engine.limits.QueryAdmission;
import org.analyst.engine.limits.QueryAdmission.AdmittedQuery;
import org.analyst.engine.persisted.PersistedQueries;
import org.analyst.graphql.GlobalId;
import org.analyst.graphql.ResponseNodes;
import org.analyst.graphql.ResponseNodes.Recorded;
import org.analyst.graphql.ErrorCode;
import org.analyst.security.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.NonNullableFieldWasNullException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.Vertx;

/**
 * The one way every transport runs a GraphQL request (POST, GET, WebSocket). It admits the request on
 * the caller's thread, resolving a persisted query's hash, parsing and measuring it against the limits (bounded work, so an event loop
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
    PersistedQueries persisted;

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
        Admitted admitted;
        try {
            admitted = admit(request);
            if (admitted.query().isSubscription()) {
                throw Refusal.of(ErrorCode.BAD_REQUEST, "A subscription runs over GraphQL over WebSocket (ws://…/graphql)");
            }
        } catch (Refusal refusal) {
            return CompletableFuture.completedFuture(refused(refusal));
        }
        return execute(admitted, authorization, arrivedNanos).thenApply(Executed::result);
    }

    /**
     * The request admitted to run: its document (a persisted one's text, when it names it by hash),
     * parsed and measured against the limits; a {@link Refusal} otherwise. Bounded work, on the caller's thread.
     */
    public Admitted admit(GraphQLRequest request) {
        String document = persisted.documentOf(request);
        AdmittedQuery query = admission.admit(document, request.operationName(), request.variables());
        persisted.admitted(request, document, query.document());
        return new Admitted(request, document, query);
    }

    /** Executes an admitted request on a worker: its result, shaped for the client, and the nodes it was built from. */
    public CompletionStage<Executed> execute(Admitted admitted, String authorization, long arrivedNanos) {
        return onWorker(() -> execute(admitted, authorization))
                .thenApply(executed -> {
                    ExecutionResult shaped = shaped(executed.value(), admitted.query());
                    metrics.executed(admitted.query().operation(), admitted.query().operationType(),
                            !shaped.getErrors().isEmpty(), arrivedNanos);
                    return new Executed(shaped, executed.nodes());
                });
    }

    /**
     * Runs blocking work on a worker thread, in a Vert.x duplicated context of its own. Quarkus keeps
     * the request context in the current duplicated context, and the operations a client multiplexes
     * on one WebSocket connection all start from that connection's context: run in it, they would
     * share one request context, and the first to finish would end the others'.
     */
    public <T> CompletionStage<T> onWorker(Callable<T> work) {
        return VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext()).executeBlocking(work, false)
                .toCompletionStage();
    }

    /**
     * Runs an admitted subscription once, on the calling (worker) thread, as the holder of this
     * verified token (null: an anonymous reader), after {@code prepare} has run in its request
     * context to hand the subscription fields what to stream: the result of each item the stream
     * yields, shaped as a query's result, or the errors that stopped it before any item (a
     * validation error, a wrong argument).
     *
     * <p>Why items are collected here rather than the stream kept open per subscriber: the fields
     * stream what one batch of committed events holds, so an execution is bounded work in one
     * request context, shared by every subscriber with the same document and visibility.
     */
    public Streamed runSubscription(Admitted admitted, JsonWebToken token, Runnable prepare) {
        List<GraphQLError> raised = new ArrayList<>();
        return inRequestContext(caller -> caller.presentsVerified(token), prepare, context -> {
            context.put(FaultHandler.RAISED, raised);
            ExecutionResult result = executeSync(admitted, context);
            if (!(result.getData() instanceof Publisher<?> stream)) {
                // Refused before it streamed: errors only, no data, as a refused query.
                return new Streamed(shaped(ExecutionResult.newExecutionResult().errors(result.getErrors()).build(), admitted.query()),
                        List.of());
            }
            StreamedItems items = new StreamedItems(raised);
            raised.clear();
            stream.subscribe(items);
            return new Streamed(null, items.collected().stream().map(item -> shaped(item, admitted.query())).toList());
        });
    }

    /** A request refused before it ran, by the engine or by its transport, as the client receives it. */
    public ExecutionResult refused(Refusal refusal) {
        metrics.refused(refusal.code());
        return ExecutionResult.newExecutionResult().addError(refusal.error()).extensions(refusal.extensions()).build();
    }

    private Recorded<ExecutionResult> execute(Admitted admitted, String authorization) {
        return inRequestContext(caller -> caller.presents(authorization), () -> { },
                context -> ResponseNodes.record(() -> executeSync(admitted, context)));
    }

    /** Work in a request context of its own, as the caller {@code identify} makes it, after {@code prepare}. */
    private <T> T inRequestContext(Consumer<Caller> identify, Runnable prepare, Function<Map<String, Object>, T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            identify.accept(caller);
            prepare.run();
            Map<String, Object> context = new HashMap<>();
            // SmallRye's Quarkus data fetchers then call the API on this thread, and reactivate this
            // request context where they deactivated it.
            context.put("runBlocking", true);
            context.put("state", requestContext.getState());
            return work.apply(context);
        } finally {
            // As SmallRye's own HTTP handler does: its context is a thread local that outlives the request.
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.terminate();
        }
    }

    private ExecutionResult executeSync(Admitted admitted, Map<String, Object> context) {
        Result result = new Result();
        smallRye.executeSync(admitted.request().withQuery(admitted.document()), context, result);
        return result.get();
    }

    private ExecutionResult shaped(ExecutionResult result, AdmittedQuery admitted) {
        return withCost(GraphQLJavaErrors.withCodes(result), admitted);
    }

    private ExecutionResult withCost(ExecutionResult result, AdmittedQuery admitted) {
        Map<Object, Object> extensions = new LinkedHashMap<>();
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        extensions.put("cost", admission.report(admitted.cost()));
        return result.transform(builder -> builder.extensions(extensions));
    }

    /** A request admitted to run: as it came, the document that runs, and what the gate measured. */
    public record Admitted(GraphQLRequest request, String document, AdmittedQuery query) {
    }

    /** A request's result as the client receives it, and the nodes it was built from. */
    public record Executed(ExecutionResult result, Set<GlobalId> nodes) {

        /** The global ids of the nodes the result was built from. */
        public Set<String> nodeIds() {
            return nodes.stream().map(GlobalId::encoded).collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    /**
     * A subscription run once: the errors that stopped it before it streamed (null when it streamed),
     * or the result of each item, in order.
     */
    public record Streamed(ExecutionResult refused, List<ExecutionResult> items) {
    }

    /**
     * The items of a subscription's stream, which graphql-java yields on the subscribing thread: the
     * subscription fields stream nodes already read, and every field below them is fetched
     * synchronously (no data loaders: NodeBatch). A stream that failed ends with its error as an item:
     * when an event's field error nulled the non-null subscription field, graphql-java fails the
     * stream and drops the event's errors, so the item is the result the GraphQL specification asks
     * for, {@code data: null} with the errors the {@link FaultHandler} raised for that event.
     */
    private static final class StreamedItems implements Subscriber<Object> {
        private final List<ExecutionResult> items = new ArrayList<>();
        /** The errors raised since the last item: the current event's. */
        private final List<GraphQLError> raised;
        private boolean done;

        StreamedItems(List<GraphQLError> raised) {
            this.raised = raised;
        }

        @Override
        public void onSubscribe(Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(Object item) {
            items.add((ExecutionResult) item);
            raised.clear();
        }

        @Override
        public void onError(Throwable failure) {
            items.add(nulledByFieldErrors(failure) ? ExecutionResult.newExecutionResult().data(null).errors(List.copyOf(raised)).build()
                    : ExecutionResult.newExecutionResult().addError(FaultHandler.fault(failure)).build());
            done = true;
        }

        private boolean nulledByFieldErrors(Throwable failure) {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            return cause instanceof NonNullableFieldWasNullException && !raised.isEmpty();
        }

        @Override
        public void onComplete() {
            done = true;
        }

        List<ExecutionResult> collected() {
            if (!done) {
                throw new IllegalStateException("A subscription's stream did not end on the thread that ran it");
            }
            return items;
        }
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
