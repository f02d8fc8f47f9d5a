package org.analyst.live;

import static org.analyst.graphql.Fixtures.actorId;
import static org.analyst.graphql.Fixtures.createDraft;
import static org.analyst.graphql.Fixtures.publishedArticle;
import static org.analyst.graphql.Fixtures.unique;
import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.analyst.graphql.GlobalId;
import org.analyst.graphql.GraphQLClient;
import org.analyst.graphql.GraphQLWebSocketClient;
import org.analyst.security.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Live subscriptions with a real WebSocket client against the running application: what committed
 * arrives, once, to whom may see it, as statements(filter:) would list it; nothing else does.
 * Each test ends on a marker event it caused itself, so "nothing else arrived" is checked by the
 * marker being the next message, not by waiting.
 */
@QuarkusTest
@TestProfile(LiveProfile.class)
class LiveSubscriptionsTest {

    private static final String TRANSPORT_WS = "graphql-transport-ws";
    private static final String LEGACY_WS = "graphql-ws";
    private static final String STATEMENTS = "subscription($filter: StatementFilter) { statementAdded(filter: $filter) { id summary speaker { name } } }";
    private static final String ARTICLES = "subscription { articlePublished { id title status } }";
    private static final String CREATE = """
            mutation($input: StatementInput!) { statementCreate(input: $input) { statement { id } userErrors { code } } }""";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    DataSource database;

    @Inject
    MeterRegistry metrics;

    @ParameterizedTest
    @ValueSource(strings = {TRANSPORT_WS, LEGACY_WS})
    void aStatementSavedInAPublishedArticleArrivesOnceAfterItsMutation(String subprotocol) throws Exception {
        String article = publishedArticle();
        try (LiveClient reader = LiveClient.connect(endpoint, subprotocol, null)) {
            reader.subscribe("s", STATEMENTS, Map.of());
            String summary = "Astana refuses " + unique();
            String id = create(article, summary, "russia", "CRITICAL");

            Map<String, Object> event = reader.nextResult("s");
            assertEquals(Map.of("statementAdded", Map.of("id", id, "summary", summary, "speaker", Map.of("name", "Kazakhstan"))),
                    event.get("data"));
            String marker = create(article, "Marker " + unique(), "russia", "CRITICAL");
            assertEquals(marker, statementId(reader.nextResult("s")), "delivered once: the next event is the marker");
        }
    }

    @Test
    void aRolledBackTransactionPublishesNothing() throws Exception {
        String rolledBack = (String) createDraft().get("id");
        String published = (String) createDraft().get("id");
        try (LiveClient reader = LiveClient.connect(endpoint, TRANSPORT_WS, null)) {
            reader.subscribe("a", ARTICLES, Map.of());
            try (Connection connection = database.getConnection()) {
                connection.setAutoCommit(false);
                publishInSql(connection, rolledBack);
                connection.rollback();
                publishInSql(connection, published);
                connection.commit();
            }
            Map<String, Object> event = reader.nextResult("a");
            assertEquals(Map.of("articlePublished", Map.of("id", published, "title", title(published), "status", "PUBLISHED")),
                    event.get("data"), "the rolled-back publication was not announced; the committed one was");
        }
    }

    @Test
    void aRejectedMutationPublishesNothing() throws Exception {
        String article = publishedArticle();
        try (LiveClient reader = LiveClient.connect(endpoint, TRANSPORT_WS, null)) {
            reader.subscribe("s", STATEMENTS, Map.of());
            Map<String, Object> invalid = input(article, "Dated in the future " + unique(), "russia", "CRITICAL");
            invalid.put("date", Map.of("precision", "YEAR", "earliest", "2999-01-01", "latest", "2999-12-31"));
            assertEquals(List.of("INVALID"), query(Tokens.editor(), CREATE, Map.of("input", invalid)).ok()
                    .data("statementCreate.userErrors.code"));
            String marker = create(article, "Marker " + unique(), "russia", "CRITICAL");
            assertEquals(marker, statementId(reader.nextResult("s")));
        }
    }

    @Test
    void theFilterMatchesAsStatementsFilterDoes() throws Exception {
        String article = publishedArticle();
        Map<String, Object> filter = Map.of("targetIds", List.of(actorId("russia")), "stances", List.of("HOSTILE"));
        try (LiveClient reader = LiveClient.connect(endpoint, TRANSPORT_WS, null)) {
            reader.subscribe("s", STATEMENTS, Map.of("filter", filter));
            create(article, "Critical of Russia " + unique(), "russia", "CRITICAL");
            create(article, "Hostile to China " + unique(), "china", "HOSTILE");
            String matching = create(article, "Hostile to Russia " + unique(), "russia", "HOSTILE");

            assertEquals(matching, statementId(reader.nextResult("s")), "only the statement the filter matches arrives");
            List<String> listed = query("query($filter: StatementFilter) { statements(filter: $filter, first: 100) { nodes { id } } }",
                    Map.of("filter", filter)).ok().data("statements.nodes.id");
            assertTrue(listed.contains(matching), "statements(filter:) lists it too");
        }
    }

    @Test
    void readersGetAStatementWhenItsArticleIsPublishedEditorsWhenItIsSaved() throws Exception {
        Map<String, Object> draft = createDraft();
        String draftId = (String) draft.get("id");
        try (LiveClient reader = LiveClient.connect(endpoint, TRANSPORT_WS, null);
                LiveClient editor = LiveClient.connect(endpoint, TRANSPORT_WS, "Bearer " + Tokens.editor())) {
            reader.subscribe("s", STATEMENTS, Map.of());
            editor.subscribe("s", STATEMENTS, Map.of());
            String inDraft = create(draftId, "Only a draft reports this " + unique(), "russia", "CRITICAL");
            assertEquals(inDraft, statementId(editor.nextResult("s")), "the editor sees drafts");

            var published = query(Tokens.editor(), """
                    mutation($id: ID!, $version: Int!) { articlePublish(id: $id, expectedVersion: $version) { article { status } } }""",
                    Map.of("id", draftId, "version", draft.get("version"))).ok();
            assertEquals("PUBLISHED", published.data("articlePublish.article.status"));
            assertEquals(inDraft, statementId(reader.nextResult("s")), "readers get it when its article is published");

            String marker = create(draftId, "Marker " + unique(), "russia", "CRITICAL");
            assertEquals(marker, statementId(editor.nextResult("s")), "the editor had it already: not sent again");
            assertEquals(marker, statementId(reader.nextResult("s")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TRANSPORT_WS, LEGACY_WS})
    void aBadTokenClosesTheConnectionAsUnauthorized(String subprotocol) throws Exception {
        try (GraphQLWebSocketClient client = GraphQLWebSocketClient.connect(endpoint, subprotocol)) {
            client.send(Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer not-a-token")));
            assertEquals(4401, client.closeCode());
        }
    }

    @Test
    void aSubscriptionPassesTheRequestLimitsAndTheFilterChecks() throws Exception {
        try (LiveClient reader = LiveClient.connect(endpoint, TRANSPORT_WS, null)) {
            assertEquals("QUERY_TOO_DEEP", reader.refusal("d", tooDeep(), Map.of()));
            assertEquals("GRAPHQL_VALIDATION_FAILED", reader.refusal("v", "subscription { statementAdded { noSuchField } }", Map.of()));
        }
    }

    @Test
    void aWrongFilterIsRefusedWithTheErrorStatementsFilterGives() throws Exception {
        Map<String, Object> filter = Map.of("targetIds", List.of(GlobalId.encode("Article", 1)));
        var listed = query("query($filter: StatementFilter) { statements(filter: $filter) { totalCount } }", Map.of("filter", filter));
        assertEquals("BAD_USER_INPUT", listed.errorCode());
        try (LiveClient reader = LiveClient.connect(endpoint, TRANSPORT_WS, null)) {
            Map<String, Object> refused = reader.refusalMessage("b", STATEMENTS, Map.of("filter", filter));
            assertEquals(listed.errorMessage(), refused.get("message"));
            assertEquals(listed.errors().get(0).get("extensions"), refused.get("extensions"), "the code, and nothing else");
        }
    }

    @Test
    void aConnectionHoldsAtMostItsLimitOfSubscriptions() throws Exception {
        String article = publishedArticle();
        try (LiveClient reader = LiveClient.connect(endpoint, TRANSPORT_WS, null)) {
            for (int i = 0; i < LiveProfile.MAX_SUBSCRIPTIONS; i++) {
                reader.subscribe("s" + i, STATEMENTS, Map.of());
            }
            assertEquals("TOO_MANY_SUBSCRIPTIONS", reader.refusal("over", STATEMENTS, Map.of()));
            reader.stop("s0");
            reader.subscribe("again", STATEMENTS, Map.of());
            String marker = create(article, "Marker " + unique(), "russia", "CRITICAL");
            for (String id : List.of("s1", "s2", "again")) {
                assertEquals(marker, statementId(reader.nextResult(id)), id);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TRANSPORT_WS, LEGACY_WS})
    void aStoppedSubscriptionReceivesNothingMore(String subprotocol) throws Exception {
        String article = publishedArticle();
        try (LiveClient reader = LiveClient.connect(endpoint, subprotocol, null)) {
            reader.subscribe("stopped", STATEMENTS, Map.of());
            reader.subscribe("kept", STATEMENTS, Map.of());
            reader.stop("stopped");
            String marker = create(article, "Marker " + unique(), "russia", "CRITICAL");
            assertEquals(marker, statementId(reader.nextResult("kept")));
            // subscriptions-transport-ws's server acknowledges a stop with complete; graphql-ws's says nothing more.
            List<Map<String, Object>> expected = subprotocol.equals(LEGACY_WS) ? List.of(Map.of("type", "complete", "id", "stopped"))
                    : List.of();
            assertEquals(expected, reader.unread("stopped"));
        }
    }

    @Test
    void aSubscriptionOverPostIsRefused() {
        var refused = GraphQLClient.post("application/json", "{\"query\": \"" + ARTICLES + "\"}");
        assertEquals(400, refused.statusCode());
        assertEquals("BAD_REQUEST", refused.jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void metricsCountConnectionsSubscriptionsAndDeliveries() throws Exception {
        String article = publishedArticle();
        double before = metrics.get("analyst.live.events.delivered").counter().count();
        try (LiveClient reader = LiveClient.connect(endpoint, TRANSPORT_WS, null)) {
            reader.subscribe("s", STATEMENTS, Map.of());
            assertTrue(metrics.get("analyst.live.connections").gauge().value() >= 1);
            assertTrue(metrics.get("analyst.live.subscriptions").gauge().value() >= 1);
            String marker = create(article, "Marker " + unique(), "russia", "CRITICAL");
            assertEquals(marker, statementId(reader.nextResult("s")));
            assertTrue(metrics.get("analyst.live.events.delivered").counter().count() > before);
        }
    }

    private static String tooDeep() {
        StringBuilder query = new StringBuilder("subscription { statementAdded { ");
        for (int i = 0; i < 30; i++) {
            query.append("speaker { country { ");
        }
        query.append("name");
        query.append(" } }".repeat(30));
        return query.append(" } }").toString();
    }

    private static void publishInSql(Connection connection, String article) throws Exception {
        try (PreparedStatement publish = connection.prepareStatement(
                "update article set status = 'PUBLISHED', published_at = now() where id = ?")) {
            publish.setLong(1, GlobalId.keyOf(article, "Article"));
            assertEquals(1, publish.executeUpdate());
        }
    }

    private static String title(String article) {
        return query(Tokens.editor(), "query($id: ID!) { node(id: $id) { ... on Article { title } } }", Map.of("id", article)).ok()
                .data("node.title");
    }

    @SuppressWarnings("unchecked")
    private static String statementId(Map<String, Object> result) {
        return (String) ((Map<String, Object>) ((Map<String, Object>) result.get("data")).get("statementAdded")).get("id");
    }

    private static String create(String article, String summary, String target, String stance) {
        var created = query(Tokens.editor(), CREATE, Map.of("input", input(article, summary, target, stance))).ok();
        assertEquals(List.of(), created.data("statementCreate.userErrors"));
        return created.data("statementCreate.statement.id");
    }

    private static Map<String, Object> input(String article, String summary, String target, String stance) {
        Map<String, Object> input = new HashMap<>();
        input.put("speakerId", actorId("kazakhstan"));
        input.put("kind", "REFUSAL");
        input.put("summary", summary);
        input.put("date", Map.of("precision", "MONTH", "earliest", "2022-06-01", "latest", "2022-06-30"));
        input.put("targets", List.of(Map.of("actorId", actorId(target), "role", "REFUSED", "stance", stance)));
        input.put("attestations", List.of(Map.of("articleId", article, "form", "SUMMARY", "start", 0, "end", 24)));
        return input;
    }
}
