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
import org.analyst.security.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.ExecutionResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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
public class LiveSubscribers {

    private static final Logger LOG = Logger.getLogger(LiveSubscribers.class);
    /** A batch's executions wait at most this long; each SQL statement is bounded by the statement timeout anyway. */
    private static final long DELIVERY_TIMEOUT_SECONDS = 60;

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
        List<ExecutionResult> results;
        try {
            Streamed streamed = engine.runSubscription(group.admitted, group.token,
                    () -> events.carry(articles, statements));
            results = streamed.refused() != null ? List.of(streamed.refused()) : streamed.items();
        } catch (RuntimeException failed) {
            results = List.of(ExecutionResult.newExecutionResult().addError(FaultHandler.fault(failed)).build());
        }
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
