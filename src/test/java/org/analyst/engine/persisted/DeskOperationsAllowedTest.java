package org.analyst.engine.persisted;

import static org.analyst.graphql.GetClient.get;
import static org.analyst.graphql.GetClient.json;
import static org.analyst.graphql.GetClient.persisted;
import static org.analyst.graphql.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.analyst.graphql.GraphQLWebSocketClient;
import org.analyst.security.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** By default the allow-list is the desk's operations: the desk keeps working when the mode is on. */
@QuarkusTest
@TestProfile(DeskOperationsProfile.class)
class DeskOperationsAllowedTest {

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void theDesksFrontPageRunsByItsHashAndOtherQueriesDoNot() throws IOException {
        get(null, Map.of("first", 10), persisted(operation("FrontPage"))).get("/graphql").then().statusCode(200)
                .body("data.articles.nodes[0].title", equalTo("China Backs Kazakhstan Against Russian Threats"))
                .body("errors", nullValue());
        get("{ actors(first: 1) { nodes { name } } }", null, null).get("/graphql").then()
                .body("errors[0].extensions.code", equalTo("OPERATION_NOT_ALLOWED"));
    }

    @Test
    void theDesksSubscriptionsRunOverWebSocketAndOtherSubscriptionsDoNot() throws Exception {
        String kazakhstan = read("Actor", Map.of("slug", "kazakhstan")).getString("data.actor.id");
        String article = read("Article", Map.of("slug", "china-backs-kazakhstan-against-russian-threats")).getString("data.article.id");
        try (GraphQLWebSocketClient live = GraphQLWebSocketClient.connect(endpoint, "graphql-transport-ws").initialise(null)) {
            live.send(subscribe("published", operation("ArticlePublished"), Map.of()));
            live.send(subscribe("added", operation("StatementAdded"), Map.of("filter", Map.of("speakerIds", List.of(kazakhstan)))));
            live.send(subscribe("other", "subscription { statementAdded { id } }", Map.of()));
            live.send(Map.of("type", "ping"));
            // the server reads each message once the subscription before it is in force
            Map<String, Object> refused = live.next();
            assertEquals(List.of("error", "other", "OPERATION_NOT_ALLOWED"), List.of(refused.get("type"), refused.get("id"),
                    JsonPath.from(json(refused)).getString("payload[0].extensions.code")), refused.toString());
            assertEquals("pong", live.next().get("type"), "the desk's two subscriptions were not refused");

            String created = query(Tokens.editor(), operation("StatementCreate"), Map.of("input", Map.of(
                    "speakerId", kazakhstan, "kind", "REFUSAL", "summary", "Astana refuses again.",
                    "date", Map.of("precision", "MONTH", "earliest", "2022-06-01", "latest", "2022-06-30"),
                    "attestations", List.of(Map.of("articleId", article, "form", "SUMMARY", "start", 0, "end", 40)))))
                    .ok().data("statementCreate.statement.id");
            Map<String, Object> event = live.next();
            assertEquals(List.of("next", "added", created), List.of(event.get("type"), event.get("id"),
                    JsonPath.from(json(event)).getString("payload.data.statementAdded.id")), event.toString());
        }
    }

    private static Map<String, Object> subscribe(String id, String query, Map<String, Object> variables) {
        return Map.of("type", "subscribe", "id", id, "payload", Map.of("query", query, "variables", variables));
    }

    private static JsonPath read(String operation, Map<String, Object> variables) throws IOException {
        return get(null, variables, persisted(operation(operation))).get("/graphql").then().statusCode(200)
                .body("errors", nullValue()).extract().jsonPath();
    }

    /** One of the desk's operations, as its file has it. */
    private static String operation(String name) throws IOException {
        try (var in = DeskOperationsAllowedTest.class.getResourceAsStream("/web/app/operations/" + name + ".graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
