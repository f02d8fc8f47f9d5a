package org.analyst.engine.websocket;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.analyst.engine.GraphQLEngine;
import org.analyst.engine.GraphQLRequest;
import org.analyst.engine.errors.FaultHandler;
import org.analyst.engine.errors.Refusal;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.ExecutionResult;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;

/**
 * One client's WebSocket: the handshake ({@code connection_init}, then {@code connection_ack}),
 * pings, and its operations, each answered by a result and {@code complete} unless the client
 * stopped it first. Messages arrive on the connection's event loop; the engine executes
 * the operations on worker threads.
 */
final class WebSocketConnection {

    /** As the graphql-ws library: a client that does not say hello in time is closed with 4408. */
    static final long CONNECTION_INIT_TIMEOUT_MILLIS = 10_000;
    private static final Logger LOG = Logger.getLogger(WebSocketConnection.class);
    private static final JsonProvider JSON = JsonProvider.provider();

    private final ServerWebSocket socket;
    private final Subprotocol protocol;
    private final GraphQLEngine engine;
    private final ObjectMapper json;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private String authorization;
    private boolean initialised;

    WebSocketConnection(ServerWebSocket socket, Subprotocol protocol, GraphQLEngine engine, ObjectMapper json,
            String upgradeAuthorization) {
        this.socket = socket;
        this.protocol = protocol;
        this.engine = engine;
        this.json = json;
        this.authorization = upgradeAuthorization;
    }

    void open(Vertx vertx) {
        long initTimeout = vertx.setTimer(CONNECTION_INIT_TIMEOUT_MILLIS, timer -> {
            if (!initialised) {
                socket.close((short) 4408, "Connection initialisation timeout");
            }
        });
        socket.closeHandler(closed -> {
            vertx.cancelTimer(initTimeout);
            running.clear();
        });
        socket.textMessageHandler(this::received);
        socket.binaryMessageHandler(binary -> socket.close((short) 4400, "Messages are JSON text"));
    }

    private void received(String text) {
        long arrived = System.nanoTime();
        JsonObject message = parsed(text);
        String type = message == null ? null : string(message, "type");
        if (type == null) {
            socket.close((short) 4400, "Invalid message: a JSON object with a \"type\"");
        } else if (type.equals("connection_init")) {
            initialise(message);
        } else if (type.equals(protocol.start)) {
            start(message, arrived);
        } else if (type.equals(protocol.stop)) {
            running.remove(string(message, "id"));
        } else if (protocol == Subprotocol.GRAPHQL_TRANSPORT_WS && type.equals("ping")) {
            send(Map.of("type", "pong"));
        } else if (protocol == Subprotocol.GRAPHQL_WS && type.equals("connection_terminate")) {
            socket.close();
        } else if (!(protocol == Subprotocol.GRAPHQL_TRANSPORT_WS && type.equals("pong"))) {
            socket.close((short) 4400, "Unexpected message type " + type);
        }
    }

    private void initialise(JsonObject message) {
        if (initialised) {
            socket.close((short) 4429, "Too many initialisation requests");
            return;
        }
        if (message.get("payload") instanceof JsonObject payload && payload.get("Authorization") instanceof JsonString token) {
            authorization = token.getString();
        }
        initialised = true;
        send(Map.of("type", "connection_ack"));
    }

    private void start(JsonObject message, long arrived) {
        String id = string(message, "id");
        if (!initialised) {
            socket.close((short) 4401, "Unauthorized: send connection_init first");
        } else if (id == null || id.isEmpty()) {
            socket.close((short) 4400, "An operation needs an \"id\"");
        } else if (!running.add(id)) {
            socket.close((short) 4409, "Subscriber for " + id + " already exists");
        } else {
            try {
                engine.run(GraphQLRequest.of(message.get("payload")), authorization, arrived)
                        .whenComplete((result, failure) -> finish(id, failure == null ? result
                                : ExecutionResult.newExecutionResult().addError(FaultHandler.fault(failure)).build()));
            } catch (Refusal refusal) {
                finish(id, engine.refused(refusal));
            }
        }
    }

    /** The operation's answer, unless the client stopped it meanwhile. */
    private void finish(String id, ExecutionResult result) {
        if (!running.remove(id)) {
            return;
        }
        Map<String, Object> specification = result.toSpecification();
        if (!result.isDataPresent() && protocol.refusesWithErrorMessage()) {
            send(message("error", id, specification.get("errors")));
            return;
        }
        send(message(protocol.result, id, specification));
        send(Map.of("type", "complete", "id", id));
    }

    private static Map<String, Object> message(String type, String id, Object payload) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", type);
        message.put("id", id);
        message.put("payload", payload);
        return message;
    }

    private void send(Map<String, Object> message) {
        if (socket.isClosed()) {
            return;
        }
        try {
            socket.writeTextMessage(json.writeValueAsString(message));
        } catch (JsonProcessingException unwritable) {
            LOG.error("A GraphQL-over-WebSocket message could not be written", unwritable);
            socket.close((short) 4500, "Internal error");
        }
    }

    private static JsonObject parsed(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readValue() instanceof JsonObject object ? object : null;
        } catch (JsonException malformed) {
            return null;
        }
    }

    private static String string(JsonObject message, String member) {
        JsonValue value = message.get(member);
        return value instanceof JsonString string ? string.getString() : null;
    }
}
