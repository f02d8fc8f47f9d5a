package org.analyst.engine.websocket;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What one client may hold open over GraphQL over WebSocket (README, "Live"); messages are limited by Quarkus. */
@ConfigMapping(prefix = "analyst.websocket")
public interface WebSocketLimits {

    /** Most open connections from one client address; past it the upgrade is refused with 429 (ANALYST_WEBSOCKET_MAX_CONNECTIONS_PER_ADDRESS). */
    @WithDefault("50")
    int maxConnectionsPerAddress();

    /** Most live subscriptions on one connection; past it a subscribe is refused with TOO_MANY_SUBSCRIPTIONS (…_MAX_SUBSCRIPTIONS_PER_CONNECTION). */
    @WithDefault("20")
    int maxSubscriptionsPerConnection();

    /**
     * Most messages waiting for a connection whose client does not read them, beyond what the socket
     * buffers: past it the connection is closed with 1013, a slow consumer (…_MAX_QUEUED_MESSAGES).
     */
    @WithDefault("256")
    int maxQueuedMessages();

    /** How long a client may take to send connection_init before it is closed with 4408 (…_CONNECTION_INIT_TIMEOUT). */
    @WithDefault("10S")
    Duration connectionInitTimeout();

    /** How often the server pings an initialised connection: ping (graphql-transport-ws) or ka (graphql-ws) (…_KEEP_ALIVE). */
    @WithDefault("15S")
    Duration keepAlive();
}
