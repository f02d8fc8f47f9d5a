package org.analyst.engine.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.analyst.engine.limits.LimitQueries;
import org.analyst.graphql.EditorialProfile;
import org.analyst.graphql.GraphQLClient;
import org.analyst.graphql.GraphQLWebSocketClient;
import org.analyst.security.Tokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * GraphQL over WebSocket, with a real client, in both subprotocols: operations answer as over
 * POST, are refused as over POST (same code, same message, no SQL), run on worker threads, and
 * mutations know the caller from the token in connection_init.
 */
@QuarkusTest
@TestProfile(EditorialProfile.class)
class GraphQLOverWebSocketTest {

    private static final String TRANSPORT_WS = "graphql-transport-ws";
    private static final String LEGACY_WS = "graphql-ws";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    MeterRegistry metrics;

    @Inject
    SessionFactory sessionFactory;

    @ParameterizedTest
    @ValueSource(strings = {TRANSPORT_WS, LEGACY_WS})
    void aQueryIsAnsweredAsOverPost(String subprotocol) throws Exception {
        String query = "{ actor(slug: \"kazakhstan\") { name aliases { name } } }";
        try (GraphQLWebSocketClient client = GraphQLWebSocketClient.connect(endpoint, subprotocol).initialise(null)) {
            List<Map<String, Object>> answer = run(client, subprotocol, "1", query);
            assertEquals(List.of(resultType(subprotocol), "complete"), types(answer));
            Map<String, Object> payload = payload(answer.get(0));
            assertEquals(GraphQLClient.query(query).ok().json().get("data"), payload.get("data"));
            assertNotNull(((Map<?, ?>) payload.get("extensions")).get("cost"), "the cost is reported");
        }
    }

    @Test
    void operationsRunOnWorkerThreadsNotTheEventLoop() throws Exception {
        for (String subprotocol : List.of(TRANSPORT_WS, LEGACY_WS)) {
            try (GraphQLWebSocketClient client = GraphQLWebSocketClient.connect(endpoint, subprotocol).initialise(null)) {
                String thread = (String) data(run(client, subprotocol, "t", "{ executingThread }")).get("executingThread");
                assertFalse(thread.contains("eventloop"), subprotocol + " ran on " + thread);
            }
        }
        String overPost = GraphQLClient.query("{ executingThread }").ok().data("executingThread");
        assertFalse(overPost.contains("eventloop"), "POST ran on " + overPost);
    }

    /** The deep, complex and aliased queries that SmallRye's own WebSocket endpoint used to answer in full. */
    @ParameterizedTest
    @ValueSource(strings = {"deep", "complex", "aliased", "tokens", "syntax"})
    void refusedExactlyAsOverPost(String kind) throws Exception {
        String query = switch (kind) {
            case "deep" -> LimitQueries.nestedCountries(32);
            case "complex" -> "{ actors(first: 100) { nodes { statements(first: 100) { nodes { speaker { name }"
                    + " targets { actor { name } } } } } } }";
            case "aliased" -> LimitQueries.aliasedActors(40);
            case "tokens" -> LimitQueries.kindsListOfTokens(6000);
            default -> "{ actors { nodes { name } }";
        };
        GraphQLClient.Response overPost = GraphQLClient.query(query);
        assertFalse(overPost.hasData());
        for (String subprotocol : List.of(TRANSPORT_WS, LEGACY_WS)) {
            try (GraphQLWebSocketClient client = GraphQLWebSocketClient.connect(endpoint, subprotocol).initialise(null)) {
                long before = statements();
                List<Map<String, Object>> answer = run(client, subprotocol, "r", query);
                assertEquals(overPost.errors(), errors(subprotocol, answer), subprotocol + ": the same errors as over POST");
                assertEquals(before, statements(), subprotocol + ": no SQL for a refused operation");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TRANSPORT_WS, LEGACY_WS})
    void aMutationWithoutTokenIsUnauthenticated(String subprotocol) throws Exception {
        try (GraphQLWebSocketClient client = GraphQLWebSocketClient.connect(endpoint, subprotocol).initialise(null)) {
            List<Map<String, Object>> answer = run(client, subprotocol, "m", createArticle("Refused"));
            assertEquals(List.of(resultType(subprotocol), "complete"), types(answer));
            Map<String, Object> payload = payload(answer.get(0));
            assertNull(payload.get("data"));
            assertEquals("UNAUTHENTICATED", code((List<?>) payload.get("errors")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TRANSPORT_WS, LEGACY_WS})
    void anEditorsMutationWithTheTokenInConnectionInitCommits(String subprotocol) throws Exception {
        String title = "Written over " + subprotocol;
        try (GraphQLWebSocketClient client = GraphQLWebSocketClient.connect(endpoint, subprotocol)
                .initialise(Map.of("Authorization", "Bearer " + Tokens.editor()))) {
            Map<String, Object> created = data(run(client, subprotocol, "m", createArticle(title)));
            @SuppressWarnings("unchecked")
            Map<String, Object> article = (Map<String, Object>) ((Map<String, Object>) created.get("articleCreate")).get("article");
            String id = (String) article.get("id");
            assertEquals("DRAFT", article.get("status"));
            String read = GraphQLClient.query(Tokens.editor(), "query($id: ID!) { node(id: $id) { ... on Article { title } } }",
                    Map.of("id", id)).ok().data("node.title");
            assertEquals(title, read, "committed: another request reads it");
        }
    }

    /** As graphql-ws clients do: every operation of a page on one connection, sent at once, each run as a request of its own. */
    @ParameterizedTest
    @ValueSource(strings = {TRANSPORT_WS, LEGACY_WS})
    void operationsSentTogetherOnOneConnectionEachAnswerAsOverPost(String subprotocol) throws Exception {
        String query = "{ statements(first: 5) { nodes { summary speaker { name } attestations { excerpt article { title status } } } } }";
        Object expected = GraphQLClient.query(Tokens.editor(), query, Map.of()).ok().json().get("data");
        int operations = 24;
        try (GraphQLWebSocketClient client = GraphQLWebSocketClient.connect(endpoint, subprotocol)
                .initialise(Map.of("Authorization", "Bearer " + Tokens.editor()))) {
            for (int id = 0; id < operations; id++) {
                client.send(Map.of("type", subprotocol.equals(TRANSPORT_WS) ? "subscribe" : "start", "id", "op" + id,
                        "payload", Map.of("query", query)));
            }
            Map<Object, Object> answered = new HashMap<>();
            for (int completed = 0; completed < operations;) {
                Map<String, Object> message = client.next();
                if (message.get("type").equals(resultType(subprotocol))) {
                    answered.put(message.get("id"), payload(message));
                } else if (message.get("type").equals("complete")) {
                    completed++;
                }
            }
            assertEquals(operations, answered.size());
            answered.forEach((id, payload) -> assertEquals(Map.of("data", expected), withoutExtensions(payload), id + " answered"));
        }
    }

    @Test
    void anOperationBeforeConnectionInitClosesTheConnectionAsUnauthorized() throws Exception {
        try (GraphQLWebSocketClient client = GraphQLWebSocketClient.connect(endpoint, TRANSPORT_WS)) {
            client.send(Map.of("type", "subscribe", "id", "1", "payload", Map.of("query", "{ __typename }")));
            assertEquals(4401, client.closeCode());
        }
    }

    @Test
    void aSecondConnectionInitClosesTheConnection() throws Exception {
        try (GraphQLWebSocketClient client = GraphQLWebSocketClient.connect(endpoint, TRANSPORT_WS).initialise(null)) {
            client.send(Map.of("type", "connection_init"));
            assertEquals(4429, client.closeCode());
        }
    }

    @Test
    void aMessageThatIsNotJsonClosesTheConnectionAsABadRequest() throws Exception {
        try (GraphQLWebSocketClient client = GraphQLWebSocketClient.connect(endpoint, TRANSPORT_WS).initialise(null)) {
            client.sendText("{ this is not json");
            assertEquals(4400, client.closeCode());
        }
    }

    @Test
    void pingsAreAnswered() throws Exception {
        try (GraphQLWebSocketClient client = GraphQLWebSocketClient.connect(endpoint, TRANSPORT_WS).initialise(null)) {
            client.send(Map.of("type", "ping"));
            assertEquals("pong", client.next().get("type"));
        }
    }

    @Test
    void aRequestThatIsNotOneIsAnErrorOfItsOperation() throws Exception {
        try (GraphQLWebSocketClient client = GraphQLWebSocketClient.connect(endpoint, TRANSPORT_WS).initialise(null)) {
            client.send(Map.of("type", "subscribe", "id", "1", "payload", Map.of("variables", Map.of())));
            List<Map<String, Object>> answer = client.answerTo("1");
            assertEquals(List.of("error"), types(answer));
            assertEquals("BAD_REQUEST", code((List<?>) answer.get(0).get("payload")));
        }
    }

    private static List<Map<String, Object>> run(GraphQLWebSocketClient client, String subprotocol, String id, String query)
            throws Exception {
        client.send(Map.of("type", subprotocol.equals(TRANSPORT_WS) ? "subscribe" : "start", "id", id,
                "payload", Map.of("query", query)));
        return client.answerTo(id);
    }

    private static String createArticle(String title) {
        return "mutation { articleCreate(input: {title: \"" + title + "\", sections: [{role: BODY, paragraphs: [\"Text.\"]}]})"
                + " { article { id status } userErrors { code } } }";
    }

    private static String resultType(String subprotocol) {
        return subprotocol.equals(TRANSPORT_WS) ? "next" : "data";
    }

    private static List<Object> types(List<Map<String, Object>> answer) {
        return answer.stream().map(message -> message.get("type")).toList();
    }

    private static Map<?, ?> withoutExtensions(Object payload) {
        Map<?, ?> copy = new HashMap<>((Map<?, ?>) payload);
        copy.remove("extensions");
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Map<String, Object> message) {
        return (Map<String, Object>) message.get("payload");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(List<Map<String, Object>> answer) {
        Map<String, Object> payload = payload(answer.get(0));
        assertNull(payload.get("errors"), () -> "errors: " + payload.get("errors"));
        return (Map<String, Object>) payload.get("data");
    }

    /**
     * A refused operation's errors: graphql-transport-ws sends them in an error message, the legacy
     * protocol in a result without data, as subscriptions-transport-ws sends validation errors.
     */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(String subprotocol, List<Map<String, Object>> answer) {
        if (subprotocol.equals(TRANSPORT_WS)) {
            assertEquals(List.of("error"), types(answer));
            return (List<Map<String, Object>>) answer.get(0).get("payload");
        }
        assertEquals(List.of("data", "complete"), types(answer));
        assertFalse(payload(answer.get(0)).containsKey("data"), "no data");
        return (List<Map<String, Object>>) payload(answer.get(0)).get("errors");
    }

    @SuppressWarnings("unchecked")
    private static String code(List<?> errors) {
        assertEquals(1, errors.size(), errors::toString);
        return (String) ((Map<String, Object>) ((Map<String, Object>) errors.get(0)).get("extensions")).get("code");
    }

    /** Statements of the read path and of Hibernate (writes, entity loads). */
    private long statements() {
        return (long) metrics.counter("analyst.sql.reads").count() + sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
