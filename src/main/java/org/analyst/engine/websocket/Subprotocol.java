package org.analyst.engine.websocket;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two GraphQL-over-WebSocket subprotocols and the names their messages go by:
 * {@code graphql-transport-ws} (the graphql-ws library's protocol: Apollo Client, urql, GraphiQL)
 * and the legacy {@code graphql-ws} of subscriptions-transport-ws.
 */
enum Subprotocol {

    GRAPHQL_TRANSPORT_WS("graphql-transport-ws", "subscribe", "complete", "next"),
    GRAPHQL_WS("graphql-ws", "start", "stop", "data");

    private final String name;
    final String start;
    final String stop;
    final String result;

    Subprotocol(String name, String start, String stop, String result) {
        this.name = name;
        this.start = start;
        this.stop = stop;
        this.result = result;
    }

    static Optional<Subprotocol> named(String name) {
        return Arrays.stream(values()).filter(protocol -> protocol.name.equals(name)).findFirst();
    }

    /**
     * Whether a request refused before it ran is an {@code error} message with the errors (the
     * graphql-ws library's protocol) rather than a result holding them, as subscriptions-transport-ws
     * sends its validation errors.
     */
    boolean refusesWithErrorMessage() {
        return this == GRAPHQL_TRANSPORT_WS;
    }

    /**
     * Whether the server answers a client's stop with {@code complete}: subscriptions-transport-ws's
     * server does (stopping ends the operation's iterator, and its end sends {@code complete}); the
     * graphql-ws library's sends nothing more for an operation the client completed.
     */
    boolean completesWhenStopped() {
        return this == GRAPHQL_WS;
    }
}
