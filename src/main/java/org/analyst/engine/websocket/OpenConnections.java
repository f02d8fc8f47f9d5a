package org.analyst.engine.websocket;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * The WebSocket connections open on this instance, counted by client address (a bound per address),
 * with their metrics: {@code analyst_live_connections} and {@code analyst_live_events_dropped_total},
 * the results a slow consumer's connection was closed with unsent.
 */
@ApplicationScoped
@Startup // its metrics are exposed from start-up, not from the first connection
class OpenConnections {

    @Inject
    WebSocketLimits limits;

    @Inject
    MeterRegistry registry;

    private final Map<String, AtomicInteger> byAddress = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private Counter dropped;

    @PostConstruct
    void registerMetrics() {
        Gauge.builder("analyst.live.connections", open, AtomicInteger::get)
                .description("GraphQL-over-WebSocket connections open on this instance").register(registry);
        dropped = Counter.builder("analyst.live.events.dropped")
                .description("Subscription results not sent: their connection was closed as a slow consumer").register(registry);
    }

    /** Counts a new connection from this address; false, counting nothing, when the address holds its maximum. */
    boolean admit(String address) {
        AtomicInteger count = byAddress.computeIfAbsent(address, ignored -> new AtomicInteger());
        if (count.incrementAndGet() > limits.maxConnectionsPerAddress()) {
            closed(address);
            return false;
        }
        open.incrementAndGet();
        return true;
    }

    void closed(String address) {
        byAddress.computeIfPresent(address, (ignored, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    void ended(String address) {
        open.decrementAndGet();
        closed(address);
    }

    void dropped(int results) {
        dropped.increment(results);
    }
}
