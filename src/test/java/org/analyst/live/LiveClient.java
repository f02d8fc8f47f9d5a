package org.analyst.live;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import org.analyst.graphql.GraphQLWebSocketClient;

/**
 * A subscriber, as a frontend is one: a WebSocket client in either subprotocol whose messages are
 * sorted by operation, keep-alives aside. A subscription is in force once {@link #subscribe}
 * returns, and ended once {@link #stop} does: the server reads a connection's next message only
 * after the subscription is checked and registered, so the answer to a query sent after it proves it.
 */
final class LiveClient implements AutoCloseable {

    private final GraphQLWebSocketClient socket;
    private final String subprotocol;
    private final Map<String, Queue<Map<String, Object>>> byOperation = new HashMap<>();
    private int syncs;

    private LiveClient(GraphQLWebSocketClient socket, String subprotocol) {
        this.socket = socket;
        this.subprotocol = subprotocol;
    }

    static LiveClient connect(URI endpoint, String subprotocol, String authorization) throws Exception {
        GraphQLWebSocketClient socket = GraphQLWebSocketClient.connect(endpoint, subprotocol)
                .initialise(authorization == null ? null : Map.of("Authorization", authorization));
        return new LiveClient(socket, subprotocol);
    }

    void subscribe(String id, String query, Map<String, Object> variables) throws Exception {
        start(id, query, variables);
        sync();
        Queue<Map<String, Object>> early = byOperation.get(id);
        if (early != null && !early.isEmpty()) {
            throw new AssertionError("The subscription was refused: " + early.peek());
        }
    }

    /** Stops a subscription; no event is sent to it once this returns (the server read the stop before the sync). */
    void stop(String id) throws Exception {
        socket.send(Map.of("type", subprotocol.equals("graphql-transport-ws") ? "complete" : "stop", "id", id));
        sync();
    }

    /** The messages received so far for this operation and not read yet: all it was sent before the last answer read. */
    List<Map<String, Object>> unread(String id) {
        Queue<Map<String, Object>> waiting = byOperation.computeIfAbsent(id, ignored -> new ArrayDeque<>());
        List<Map<String, Object>> messages = List.copyOf(waiting);
        waiting.clear();
        return messages;
    }

    /** A query, answered after every message the client sent before it was read by the server. */
    private void sync() throws Exception {
        String sync = "sync-" + ++syncs;
        start(sync, "{ __typename }", Map.of());
        while (!List.of("complete", "error").contains(next(sync).get("type"))) {
            // the query's result, then its end
        }
    }

    /** Reads nothing more from the socket, as a stalled client: what the server sends backs up. */
    void stopReading() {
        socket.stopReading();
    }

    /** Reads again, whatever the server sent, up to its close: how it closed the connection. */
    GraphQLWebSocketClient.Closed readToTheClose() throws Exception {
        socket.resumeReading();
        return socket.closed();
    }

    /** The payload of the operation's next result. */
    @SuppressWarnings("unchecked")
    Map<String, Object> nextResult(String id) throws Exception {
        Map<String, Object> message = next(id);
        if (!List.of("next", "data").contains(message.get("type"))) {
            throw new AssertionError("Expected a result for " + id + ", got " + message);
        }
        return (Map<String, Object>) message.get("payload");
    }

    /** The code of the error the server refused this subscription with (graphql-transport-ws). */
    @SuppressWarnings("unchecked")
    String refusal(String id, String query, Map<String, Object> variables) throws Exception {
        Map<String, Object> error = refusalMessage(id, query, variables);
        return (String) ((Map<String, Object>) error.get("extensions")).get("code");
    }

    /** The first error the server refused this subscription with, in an error message (graphql-transport-ws). */
    @SuppressWarnings("unchecked")
    Map<String, Object> refusalMessage(String id, String query, Map<String, Object> variables) throws Exception {
        start(id, query, variables);
        Map<String, Object> message = next(id);
        if (!"error".equals(message.get("type"))) {
            throw new AssertionError("Expected an error for " + id + ", got " + message);
        }
        return ((List<Map<String, Object>>) message.get("payload")).get(0);
    }

    private void start(String id, String query, Map<String, Object> variables) throws Exception {
        socket.send(Map.of("type", subprotocol.equals("graphql-transport-ws") ? "subscribe" : "start", "id", id,
                "payload", Map.of("query", query, "variables", variables)));
    }

    private Map<String, Object> next(String id) throws Exception {
        Queue<Map<String, Object>> waiting = byOperation.computeIfAbsent(id, ignored -> new ArrayDeque<>());
        while (waiting.isEmpty()) {
            Map<String, Object> message = socket.next();
            Object operation = message.get("id");
            if (operation != null) {
                byOperation.computeIfAbsent((String) operation, ignored -> new ArrayDeque<>()).add(message);
            }
        }
        return waiting.poll();
    }

    @Override
    public void close() {
        socket.close();
    }
}
