package org.analyst.engine.websocket;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.HashMap;
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

import org.analyst.engine.GraphQLEngine.Admitted;
import org.analyst.engine.GraphQLEngine.Executed;
import org.analyst.engine.GraphQLRequest;
import org.analyst.engine.errors.FaultHandler;
import org.analyst.engine.errors.Refusal;
import org.analyst.graphql.ErrorCode;
import org.analyst.live.LiveSubscriber;
import org.analyst.security.UnauthenticatedException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;

import graphql.ExecutionResult;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;

/**
 * One client's WebSocket: the handshake ({@code connection_init}, then {@code connection_ack}),
 * keep-alive pings both ways, its queries and mutations, each answered by a result and
 * {@code complete} unless the client stopped it first, and its subscriptions, each answered by a
 * result per event until the client stops it. Messages arrive, and every message leaves, on the
 * connection's event loop; the engine executes operations on worker threads.
 *
 * <p>A client that does not read what it is sent fills the socket's write queue: the messages
 * beyond it wait in a queue of at most {@code analyst.websocket.max-queued-messages}, and one more
 * closes the connection (1013, a slow consumer), so a reader that stalls costs bounded memory and
 * delays no other connection.
 */
final class WebSocketConnection {

    private static final Logger LOG = Logger.getLogger(WebSocketConnection.class);
    private static final JsonProvider JSON = JsonProvider.provider();

    private final ServerWebSocket socket;
    private final Subprotocol protocol;
    private final GraphQLOverWebSocket transport;
    private final Runnable onClosed;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    /** The live subscriptions by operation id; touched on the event loop only. */
    private final Map<String, LiveSubscriber> subscriptions = new HashMap<>();
    /** Messages waiting for the socket's write queue to drain; touched on the event loop only. */
    private final ArrayDeque<String> queued = new ArrayDeque<>();
    private Context eventLoop;
    private String authorization;
    private JsonWebToken token;
    private boolean initialised;

    WebSocketConnection(ServerWebSocket socket, Subprotocol protocol, GraphQLOverWebSocket transport,
            String upgradeAuthorization, Runnable onClosed) {
        this.socket = socket;
        this.protocol = protocol;
        this.transport = transport;
        this.authorization = upgradeAuthorization;
        this.onClosed = onClosed;
    }

    void open(Vertx vertx) {
        eventLoop = vertx.getOrCreateContext();
        long initTimeout = vertx.setTimer(transport.limits.connectionInitTimeout().toMillis(), timer -> {
            if (!initialised) {
                socket.close((short) 4408, "Connection initialisation timeout");
            }
        });
        long keepAlive = vertx.setPeriodic(transport.limits.keepAlive().toMillis(), timer -> {
            if (initialised) {
                send(Map.of("type", protocol == Subprotocol.GRAPHQL_TRANSPORT_WS ? "ping" : "ka"));
            }
        });
        socket.closeHandler(closed -> {
            vertx.cancelTimer(initTimeout);
            vertx.cancelTimer(keepAlive);
            running.clear();
            subscriptions.values().forEach(transport.subscribers::unsubscribe);
            subscriptions.clear();
            queued.clear();
            onClosed.run();
        });
        socket.drainHandler(drained -> flush());
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
            stop(string(message, "id"));
        } else if (protocol == Subprotocol.GRAPHQL_TRANSPORT_WS && type.equals("ping")) {
            send(Map.of("type", "pong"));
        } else if (protocol == Subprotocol.GRAPHQL_WS && type.equals("connection_terminate")) {
            socket.close();
        } else if (!(protocol == Subprotocol.GRAPHQL_TRANSPORT_WS && type.equals("pong"))) {
            socket.close((short) 4400, "Unexpected message type " + type);
        }
    }

    /** The token, if any, is verified once here: a bad one closes the connection as unauthorized. */
    private void initialise(JsonObject message) {
        if (initialised) {
            socket.close((short) 4429, "Too many initialisation requests");
            return;
        }
        if (message.get("payload") instanceof JsonObject payload && payload.get("Authorization") instanceof JsonString given) {
            authorization = given.getString();
        }
        if (authorization != null) {
            try {
                token = transport.tokens.verified(authorization);
            } catch (UnauthenticatedException unauthenticated) {
                socket.close((short) 4401, "Unauthorized: " + unauthenticated.getMessage());
                return;
            }
        }
        initialised = true;
        send(Map.of("type", "connection_ack"));
        if (protocol == Subprotocol.GRAPHQL_WS) {
            send(Map.of("type", "ka"));
        }
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
                GraphQLRequest request = GraphQLRequest.of(message.get("payload"));
                Admitted admitted = transport.engine.admit(request);
                if (admitted.query().isSubscription()) {
                    subscribe(id, request, admitted);
                } else {
                    transport.engine.execute(admitted, authorization, arrived).thenApply(Executed::result)
                            .whenComplete((result, failure) -> eventLoop.runOnContext(done -> finish(id, failure == null
                                    ? result : ExecutionResult.newExecutionResult().addError(FaultHandler.fault(failure)).build())));
                }
            } catch (Refusal refusal) {
                finish(id, transport.engine.refused(refusal));
            }
        }
    }

    private void subscribe(String id, GraphQLRequest request, Admitted admitted) {
        if (subscriptions.size() >= transport.limits.maxSubscriptionsPerConnection()) {
            throw Refusal.of(ErrorCode.TOO_MANY_SUBSCRIPTIONS, "This connection holds %d subscriptions; at most %d are allowed"
                    .formatted(subscriptions.size(), transport.limits.maxSubscriptionsPerConnection()));
        }
        // Every result shares the group's payload; only this envelope is the subscriber's.
        String envelope = "{\"id\":" + quoted(id) + ",\"type\":\"" + protocol.result + "\",\"payload\":";
        LiveSubscriber subscriber = payload -> eventLoop.runOnContext(event -> {
            if (running.contains(id)) {
                write(envelope + payload + "}");
            }
        });
        subscriptions.put(id, subscriber);
        // The connection's next message is read once the subscription is in force: a client that
        // subscribes and then queries (or pings) knows from the answer that it will get the events.
        socket.pause();
        transport.subscribers.subscribe(request, admitted, token, subscriber).whenComplete((refused, failure) ->
                eventLoop.runOnContext(checked -> {
                    socket.resume();
                    if (failure == null && refused == null) {
                        return;
                    }
                    transport.subscribers.unsubscribe(subscriber);
                    subscriptions.remove(id, subscriber);
                    finish(id, failure == null ? refused
                            : ExecutionResult.newExecutionResult().addError(FaultHandler.fault(failure)).build());
                }));
    }

    private void stop(String id) {
        boolean stopped = running.remove(id);
        LiveSubscriber subscriber = subscriptions.remove(id);
        if (subscriber != null) {
            transport.subscribers.unsubscribe(subscriber);
        }
        if (stopped && protocol.completesWhenStopped()) {
            send(Map.of("type", "complete", "id", id));
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
        try {
            write(transport.json.writeValueAsString(message));
        } catch (JsonProcessingException unwritable) {
            LOG.error("A GraphQL-over-WebSocket message could not be written", unwritable);
            socket.close((short) 4500, "Internal error");
        }
    }

    /** Writes a message, or queues it while the client is not reading; on the event loop. */
    private void write(String text) {
        if (socket.isClosed()) {
            return;
        }
        if (queued.isEmpty() && !socket.writeQueueFull()) {
            socket.writeTextMessage(text);
            return;
        }
        if (queued.size() >= transport.limits.maxQueuedMessages()) {
            transport.connections.dropped(queued.size() + 1);
            socket.close((short) 1013, "Slow consumer: " + queued.size() + " messages waiting to be sent");
            queued.clear();
            return;
        }
        queued.add(text);
    }

    private void flush() {
        while (!queued.isEmpty() && !socket.writeQueueFull() && !socket.isClosed()) {
            socket.writeTextMessage(queued.poll());
        }
    }

    private String quoted(String id) {
        try {
            return transport.json.writeValueAsString(id);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
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
