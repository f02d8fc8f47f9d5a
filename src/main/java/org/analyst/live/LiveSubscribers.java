package org.analyst.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.analyst.engine.GraphQLEngine;
import org.analyst.engine.GraphQLEngine.Admitted;
import org.analyst.engine.GraphQLEngine.Streamed;
import org.analyst.engine.GraphQLRequest;
import org.analyst.engine.errors.FaultHandler;
import org.analyst.graphql.ErrorCode;
import org.analyst.security.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.ExecutionResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;

/**
 * This instance's live subscriptions, and the delivery of each batch of committed events to them.
 * Subscriptions with the same document, variables and visibility form one group, which the engine
 * runs once per batch (one SQL read of the matching nodes per group, not per subscriber) and whose
 * results are written once as JSON and handed to every member: 1,000 front pages subscribed to
 * {@code articlePublished} cost one execution per event. The groups run on a worker pool of their
 * own, {@code analyst.live.delivery-concurrency} at a time: each holds a database connection while
 * it runs, and a burst of events must not take the connections that requests need.
 */
@ApplicationScoped
@Startup // its metrics are exposed from start-up, not from the first connection
public class LiveSubscribers {

    private static final Logger LOG = Logger.getLogger(LiveSubscribers.class);
    /** A batch's executions wait at most this long; each SQL statement is bounded by the statement timeout anyway. */
    private static final long DELIVERY_TIMEOUT_SECONDS = 60;
    /** Runs of a group's execution that failed on a transient fault, before its members get the errors. */
    static final int ATTEMPTS = 3;
    /** The pause after the first failed run; it grows by as much after each. */
    private static final long RETRY_PAUSE_MILLIS = 250;
    /** The faults that may pass: the database unreachable for a moment, a statement that ran past the timeout. */
    private static final Set<String> TRANSIENT = Set.of(ErrorCode.SERVICE_UNAVAILABLE.name(), ErrorCode.QUERY_TIMEOUT.name());

    @Inject
    GraphQLEngine engine;

    @Inject
    EventsInDelivery events;

    @Inject
    ObjectMapper json;

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry registry;

    @Inject
    LiveConfig config;

    private final Map<GroupKey, Group> groups = new ConcurrentHashMap<>();
    private final Map<LiveSubscriber, Group> memberships = new ConcurrentHashMap<>();
    private Counter delivered;
    private WorkerExecutor deliveries;

    @PostConstruct
    void start() {
        deliveries = vertx.createSharedWorkerExecutor("live-delivery", config.deliveryConcurrency());
        Gauge.builder("analyst.live.subscriptions", memberships, Map::size)
                .description("Live subscriptions open on this instance").register(registry);
        delivered = Counter.builder("analyst.live.events.delivered")
                .description("Subscription results handed to subscribers' connections").register(registry);
    }

    /**
     * Checks an admitted subscription by running it once without events, as the subscriber, and
     * registers it when that succeeds: the errors that refused it (validation, a wrong argument), or
     * null once it is live. Runs on a worker thread.
     */
    public CompletionStage<ExecutionResult> subscribe(GraphQLRequest request, Admitted admitted, JsonWebToken token,
            LiveSubscriber subscriber) {
        return engine.onWorker(() -> {
            Streamed checked = engine.runSubscription(admitted, token, () -> { });
            if (checked.refused() != null) {
                return checked.refused();
            }
            GroupKey key = new GroupKey(admitted.document(), request.operationName(), request.variables(), Caller.canSeeDrafts(token));
            Group group = groups.compute(key, (ignored, existing) -> {
                Group joined = existing == null ? new Group(request, admitted, token) : existing;
                joined.members.add(subscriber);
                return joined;
            });
            memberships.put(subscriber, group);
            return null;
        });
    }

    /** Ends a subscription (stopped by the client, or its connection closed). */
    public void unsubscribe(LiveSubscriber subscriber) {
        Group group = memberships.remove(subscriber);
        if (group != null) {
            groups.computeIfPresent(groupKey(group), (key, existing) -> {
                existing.members.remove(subscriber);
                return existing.members.isEmpty() ? null : existing;
            });
        }
    }

    /**
     * Delivers a batch of committed events, in order, to every subscription that may see them, and
     * returns once every group has been handed its results: the next batch follows them.
     */
    void deliver(List<LiveEvent> events) {
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (Group group : List.copyOf(groups.values())) {
            List<Long> articles = keys(events, LiveEvent.Kind.ARTICLE_PUBLISHED, group.seesDrafts());
            List<Long> statements = keys(events, LiveEvent.Kind.STATEMENT_ADDED, group.seesDrafts());
            if (!articles.isEmpty() || !statements.isEmpty()) {
                running.add(deliveries.executeBlocking(() -> { run(group, articles, statements); return null; }, false)
                        .<Void>mapEmpty().toCompletionStage().toCompletableFuture());
            }
        }
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(DELIVERY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception failed) {
            LOG.error("Live events could not be delivered to every subscription", failed);
        }
    }

    private void run(Group group, List<Long> articles, List<Long> statements) {
        List<ExecutionResult> results = resultsOf(group, articles, statements);
        for (ExecutionResult result : results) {
            String payload;
            try {
                payload = json.writeValueAsString(result.toSpecification());
            } catch (JsonProcessingException unwritable) {
                LOG.error("A subscription result could not be written", unwritable);
                continue;
            }
            for (LiveSubscriber member : group.members) {
                member.deliver(payload);
                delivered.increment();
            }
        }
    }

    /**
     * The group's results for the batch. The cursor has moved past its events, which are read once,
     * so an execution that failed on a transient fault is run again, {@link #ATTEMPTS} times at most
     * with a growing pause; after that the members receive its errors (with their codes), and know
     * they missed events that a query can read.
     */
    private List<ExecutionResult> resultsOf(Group group, List<Long> articles, List<Long> statements) {
        for (int attempt = 1;; attempt++) {
            List<ExecutionResult> results = executed(group, articles, statements);
            if (!failedTransiently(results)) {
                return results;
            }
            if (attempt == ATTEMPTS) {
                LOG.errorf("A batch of live events failed %d times for %d subscriptions, which receive the errors",
                        ATTEMPTS, group.members.size());
                return results;
            }
            try {
                Thread.sleep(RETRY_PAUSE_MILLIS * attempt);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return results;
            }
        }
    }

    private List<ExecutionResult> executed(Group group, List<Long> articles, List<Long> statements) {
        try {
            Streamed streamed = engine.runSubscription(group.admitted, group.token,
                    () -> events.carry(articles, statements));
            return streamed.refused() != null ? List.of(streamed.refused()) : streamed.items();
        } catch (RuntimeException failed) {
            return List.of(ExecutionResult.newExecutionResult().addError(FaultHandler.fault(failed)).build());
        }
    }

    private static boolean failedTransiently(List<ExecutionResult> results) {
        return results.stream().flatMap(result -> result.getErrors().stream())
                .map(error -> error.getExtensions() == null ? null : error.getExtensions().get("code"))
                .anyMatch(TRANSIENT::contains);
    }

    private static List<Long> keys(List<LiveEvent> events, LiveEvent.Kind kind, boolean seesDrafts) {
        return events.stream().filter(event -> event.kind() == kind && event.isFor(seesDrafts)).map(LiveEvent::subject)
                .distinct().toList();
    }

    private static GroupKey groupKey(Group group) {
        return new GroupKey(group.admitted.document(), group.request.operationName(), group.request.variables(), group.seesDrafts());
    }

    /** What makes two subscriptions' results the same: the document, its variables and what the subscriber may see. */
    private record GroupKey(String query, String operationName, Map<String, Object> variables, boolean seesDrafts) {
    }

    /** Subscriptions that receive the same results; run as the first member's token (only its roles matter to reads). */
    private static final class Group {
        final GraphQLRequest request;
        final Admitted admitted;
        final JsonWebToken token;
        final Set<LiveSubscriber> members = ConcurrentHashMap.newKeySet();

        Group(GraphQLRequest request, Admitted admitted, JsonWebToken token) {
            this.request = request;
            this.admitted = admitted;
            this.token = token;
        }

        boolean seesDrafts() {
            return Caller.canSeeDrafts(token);
        }
    }
}
