package org.analyst.engine.http;

import static io.restassured.RestAssured.given;
import static org.analyst.graphql.GetClient.get;
import static org.analyst.graphql.GetClient.persisted;
import static org.analyst.graphql.GetClient.read;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.analyst.graphql.GetClient;
import org.analyst.graphql.GlobalId;
import org.analyst.graphql.GraphQLClient;
import org.analyst.security.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * GraphQL over GET as the GraphQL-over-HTTP specification has it, Apollo's automatic persisted
 * queries over GET and POST, and the caching headers of reads.
 */
@QuarkusTest
class GraphQLOverGetTest {

    private static final String ARTICLE = """
            query Article($slug: String) { article(slug: $slug) { title authors { name } } }""";
    private static final Map<String, Object> SLUG = Map.of("slug", "china-backs-kazakhstan-against-russian-threats");

    @Test
    void aQueryOverGetAnswersAsOverPost() {
        Response response = read(ARTICLE, SLUG);
        response.then().statusCode(200).contentType(startsWith("application/json"))
                .body("data.article.title", equalTo("China Backs Kazakhstan Against Russian Threats"))
                .body("errors", nullValue());
        assertEquals((Object) GraphQLClient.query(ARTICLE, SLUG).ok().json().get("data"), response.jsonPath().get("data"));
        assertNotNull(response.jsonPath().get("extensions.cost.complexity"), "the gate measured it");
    }

    @Test
    void aMutationOverGetIs405AndDoesNotRun() {
        String article = GraphQLClient.query(ARTICLE.replace("title", "id"), SLUG).ok().data("article.id");
        int before = viewsOf(article);
        get("mutation($id: ID!) { articleRecordView(id: $id) { readCount } }", Map.of("id", article), null)
                .get("/graphql").then().statusCode(405).header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"))
                .header("Cache-Control", "no-store");
        assertEquals(before, viewsOf(article), "the mutation did not run");
    }

    @Test
    void getRequestsPassTheSameLimits() {
        String deep = "{ actor(slug: \"kazakhstan\") { " + "country { ".repeat(25) + "name" + " }".repeat(25) + " } }";
        read(deep, null).then().statusCode(200).body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .header("Cache-Control", "no-store");
        get(deep, null, null).accept("application/graphql-response+json").get("/graphql").then().statusCode(400);
        given().queryParam("query", "{ __typename }").queryParam("variables", "{not json").get("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().get("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void anUnknownHashIsNotFoundThenTheTextIsRegisteredOnceAndTheHashSuffices() {
        String query = "query Named { actor(slug: \"kazakhstan\") { name } } # " + UUID.randomUUID();
        Map<String, Object> extensions = persisted(query);

        get(null, null, extensions).get("/graphql").then().statusCode(200)
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"))
                .header("Cache-Control", "no-store");
        get(null, null, extensions).accept("application/graphql-response+json").get("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));

        // Apollo Client sends the text with its hash by POST after a miss.
        given().contentType(ContentType.JSON).body(Map.of("query", query, "extensions", extensions)).post("/graphql")
                .then().statusCode(200).body("data.actor.name", equalTo("Kazakhstan"));

        get(null, null, extensions).get("/graphql").then().statusCode(200).body("data.actor.name", equalTo("Kazakhstan"))
                .header("Cache-Control", startsWith("public"));
        given().contentType(ContentType.JSON).body(Map.of("extensions", extensions)).post("/graphql")
                .then().statusCode(200).body("data.actor.name", equalTo("Kazakhstan"));
    }

    @Test
    void aTextWhoseHashDoesNotMatchIsRefusedAndNotKept() {
        String query = "{ actor(slug: \"russia\") { name } } # " + UUID.randomUUID();
        String other = "{ actor(slug: \"china\") { name } } # " + UUID.randomUUID();
        Map<String, Object> claimed = persisted(other);
        get(query, null, claimed).get("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", equalTo("provided sha does not match query"));
        get(null, null, claimed).get("/graphql").then().body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        get(null, null, Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", GetClient.sha256(query))))
                .get("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void aTextOverTheLimitsIsNotRegisteredAndTheLimitsHoldOnReuse() {
        String deep = "{ actor(slug: \"kazakhstan\") { " + "country { ".repeat(25) + "name" + " }".repeat(25) + " } } # "
                + UUID.randomUUID();
        get(deep, null, persisted(deep)).get("/graphql").then().body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
        get(null, null, persisted(deep)).get("/graphql").then().body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));

        // Registered with a small page, reused with one past the complexity budget: measured again.
        String paged = "query Paged($n: Int) { actors(first: $n) { nodes { statements(first: 100) { nodes { summary"
                + " speaker { name } targets { actor { name } } } } } } } # " + UUID.randomUUID();
        get(paged, Map.of("n", 1), persisted(paged)).get("/graphql").then().body("errors", nullValue());
        get(null, Map.of("n", 100), persisted(paged)).get("/graphql").then()
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void anAnonymousReadIsPublicWithAStrongETagAndItsKeys() {
        Response response = read(ARTICLE, SLUG);
        response.then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=0, s-maxage=60, stale-while-revalidate=30"))
                .header("Vary", equalTo("Accept, Authorization, Origin"));
        String etag = response.header("ETag");
        assertTrue(etag.matches("\"[A-Za-z0-9_-]{32}\""), etag);
        List<String> keys = List.of(response.header("Cache-Tag").split(","));
        assertEquals(keys, List.of(response.header("Surrogate-Key").split(" ")));
        assertTrue(keys.contains("Article"), "a lookup of an article: " + keys);
        String author = GraphQLClient.query("{ actor(slug: \"natalia-konarzewska\") { id } }").ok().data("actor.id");
        assertTrue(keys.contains(author), "the author, whose id was not selected: " + keys);
        assertEquals("Actor", GlobalId.decode(author).type());

        double hits = cacheHits();
        get(ARTICLE, SLUG, null).header("If-None-Match", etag).get("/graphql").then().statusCode(304)
                .header("ETag", etag).header("Cache-Control", startsWith("public"));
        get(ARTICLE, SLUG, null).header("If-None-Match", "\"something-else\"").get("/graphql").then().statusCode(200)
                .header("ETag", etag);
        assertTrue(cacheHits() >= hits + 2, "both answered from the application's cache");
        String other = get(ARTICLE, SLUG, null).accept("application/graphql-response+json").get("/graphql").header("ETag");
        assertTrue(!other.equals(etag), "another representation, another tag");
    }

    @Test
    void connectionsCarryTheirTypesKeys() {
        String keys = read("{ articles(first: 2) { nodes { title statements(first: 2) { nodes { speaker { name } } } } } }", null)
                .header("Cache-Tag");
        assertTrue(List.of(keys.split(",")).containsAll(List.of("Article", "Statement")), keys);
        assertTrue(!List.of(keys.split(",")).contains("Publication"), keys);
        String search = read("{ search(query: \"Medvedev\", first: 2) { totalCount } }", null).header("Cache-Tag");
        assertTrue(List.of(search.split(",")).containsAll(List.of("Article", "Actor", "Statement", "Publication")), search);
    }

    @Test
    void editorsReadsErrorsAndPostsAreNotCacheable() {
        get(ARTICLE, SLUG, null).auth().oauth2(Tokens.editor()).get("/graphql").then().statusCode(200)
                .header("Cache-Control", "private, no-store").header("ETag", nullValue()).header("Cache-Tag", nullValue())
                .header("Vary", containsString("Authorization"));
        get(ARTICLE, SLUG, null).header("Authorization", "Bearer not-a-token").get("/graphql").then()
                .header("Cache-Control", "private, no-store");
        read("query($id: ID!) { node(id: $id) { id } }", Map.of("id", "not an id")).then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).header("Cache-Control", "no-store")
                .header("ETag", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("query", ARTICLE, "variables", SLUG)).post("/graphql").then()
                .header("Cache-Control", "no-store").header("ETag", nullValue());
    }

    private static double cacheHits() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("analyst_response_cache_hits_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static int viewsOf(String article) {
        return GraphQLClient.query("query($id: ID) { article(id: $id) { readCount } }", Map.of("id", article)).ok()
                .data("article.readCount");
    }
}
