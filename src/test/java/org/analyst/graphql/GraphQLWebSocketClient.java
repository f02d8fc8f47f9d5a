package org.analyst.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real WebSocket client (the JDK's) speaking GraphQL over WebSocket in one of its two
 * subprotocols, as a frontend would: it sends JSON messages and reads what the server sends back.
 * It can stop reading, as a stalled client does: the JDK's client reads from the socket only the
 * messages it is asked for ({@link WebSocket#request}), so the server's writes then back up.
 */
public final class GraphQLWebSocketClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<String> KEEP_ALIVES = List.of("ping", "ka");

    private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final WebSocket socket;
    /** Whether the listener asks for the next message; guarded by {@code this}, as is {@link #stalled}. */
    private boolean reading = true;
    /** Whether a message was received while not reading, without asking for the next. */
    private boolean stalled;

    private GraphQLWebSocketClient(URI endpoint, String subprotocol) throws Exception {
        socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols(subprotocol)
                .buildAsync(endpoint, new Listener()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** A connection to the server's /graphql in this subprotocol ("graphql-transport-ws" or "graphql-ws"). */
    public static GraphQLWebSocketClient connect(URI http, String subprotocol) throws Exception {
        return new GraphQLWebSocketClient(URI.create(http.toString().replaceFirst("^http", "ws")), subprotocol);
    }

    /** Sends connection_init (with the payload, if any) and waits for connection_ack. */
    public GraphQLWebSocketClient initialise(Map<String, Object> payload) throws Exception {
        send(payload == null ? Map.of("type", "connection_init") : Map.of("type", "connection_init", "payload", payload));
        Map<String, Object> ack = next();
        if (!"connection_ack".equals(ack.get("type"))) {
            throw new AssertionError("Expected connection_ack, got " + ack);
        }
        return this;
    }

    public void send(Map<String, Object> message) throws JsonProcessingException {
        sendText(JSON.writeValueAsString(message));
    }

    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** The next message the server sent. */
    public Map<String, Object> next() throws InterruptedException {
        Map<String, Object> message = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("No message from the server within " + WAIT);
        }
        return message;
    }

    /** The messages answering one operation, up to and including the one that ends it (complete or error). */
    public List<Map<String, Object>> answerTo(String id) throws InterruptedException {
        List<Map<String, Object>> answer = new java.util.ArrayList<>();
        while (true) {
            Map<String, Object> message = next();
            if (!id.equals(message.get("id"))) {
                throw new AssertionError("Expected a message for operation " + id + ", got " + message);
            }
            answer.add(message);
            if (List.of("complete", "error").contains(message.get("type"))) {
                return answer;
            }
        }
    }

    /** The status code the server closed the connection with. */
    public int closeCode() throws Exception {
        return closed().code();
    }

    /** How the server closed the connection: its status code and reason. */
    public Closed closed() throws Exception {
        return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Reads nothing more from the socket (after the message being read, if any) until {@link #resumeReading()}. */
    public synchronized void stopReading() {
        reading = false;
    }

    public synchronized void resumeReading() {
        reading = true;
        if (stalled) {
            stalled = false;
            socket.request(1);
        }
    }

    /** Asks for the next message, unless reading stopped. */
    private synchronized void requestNext(WebSocket webSocket) {
        if (reading) {
            webSocket.request(1);
        } else {
            stalled = true;
        }
    }

    public record Closed(int code, String reason) {
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            // The server may be closing at the same moment: then there is nothing left to close.
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(closing -> null).join();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    Map<String, Object> message = JSON.readValue(text.toString(), Map.class);
                    // The server's keep-alives (graphql-transport-ws ping, graphql-ws ka) say nothing to a test.
                    if (!KEEP_ALIVES.contains(message.get("type"))) {
                        received.add(message);
                    }
                } catch (JsonProcessingException malformed) {
                    received.add(Map.of("type", "not JSON", "text", text.toString()));
                }
                text.setLength(0);
            }
            requestNext(webSocket);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
