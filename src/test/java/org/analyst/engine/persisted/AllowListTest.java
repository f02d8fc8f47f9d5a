package org.analyst.engine.persisted;

import static io.restassured.RestAssured.given;
import static org.analyst.graphql.GetClient.get;
import static org.analyst.graphql.GetClient.persisted;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.analyst.security.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With the allow-list mode on, the registered operations run, by hash or by text, and nothing else does. */
@QuarkusTest
@TestProfile(AllowListProfile.class)
class AllowListTest {

    private static final Map<String, Object> SLUG = Map.of("slug", "china-backs-kazakhstan-against-russian-threats");

    @Test
    void aRegisteredOperationRunsByItsHashAlone() throws IOException {
        String file = text("ArticlePage.graphql");
        get(null, SLUG, persisted(file)).get("/graphql").then().statusCode(200)
                .body("data.article.title", equalTo("China Backs Kazakhstan Against Russian Threats"))
                .body("errors", nullValue());
    }

    @Test
    void theSameOperationFormattedByTheClientRunsAndItsHashIsThenKnown() {
        String printed = "query ActorName($slug: String) {\n  actor(slug: $slug) {\n    name\n  }\n}";
        Map<String, Object> extensions = persisted(printed);
        get(null, Map.of("slug", "russia"), extensions).get("/graphql").then()
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        given().contentType(ContentType.JSON).body(Map.of("query", printed, "variables", Map.of("slug", "russia"),
                "extensions", extensions)).post("/graphql").then().body("data.actor.name", equalTo("Russia"));
        get(null, Map.of("slug", "russia"), extensions).get("/graphql").then().body("data.actor.name", equalTo("Russia"));
    }

    @Test
    void anyOtherDocumentIsRefusedNamingTheRule() {
        String other = "{ actors(first: 1) { nodes { name } } }";
        get(other, null, null).get("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("OPERATION_NOT_ALLOWED"))
                .body("errors[0].message", containsString("analyst.graphql.persisted-queries.allow-list-only"))
                .body("data", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("query", other, "extensions", persisted(other))).post("/graphql")
                .then().body("errors[0].extensions.code", equalTo("OPERATION_NOT_ALLOWED"));
        get(null, null, persisted(other)).get("/graphql").then()
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        // Mutations too, whoever sends them.
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { actorCreate(input: {kind: GROUP, name: \"Not allowed\"}) { actor { id } } }"))
                .post("/graphql").then().body("errors[0].extensions.code", equalTo("OPERATION_NOT_ALLOWED"));
    }

    private static String text(String file) throws IOException {
        try (var in = AllowListTest.class.getResourceAsStream("/persisted-operations-test/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
