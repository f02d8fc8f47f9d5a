package org.analyst.engine.limits;

import static io.restassured.RestAssured.given;
import static org.analyst.graphql.GraphQLClient.query;
import static org.analyst.graphql.GraphQLClient.request;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.analyst.graphql.GraphQLClient;
import org.analyst.graphql.GraphQLClient.Response;
import org.analyst.graphql.TableFingerprints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * What a careless or hostile client may send: each gets one clear error with a code, the server
 * stays healthy, and no data changes (every table's content is fingerprinted before and after).
 */
@QuarkusTest
class BadInputTest {

    /** Strings that would do harm if any filter pasted them into SQL. */
    private static final List<String> INJECTIONS = List.of(
            "'; drop table actor; --",
            "' or '1'='1",
            "%' or 1=1 --",
            "x'); delete from statement; --",
            "\\'; update article set title = 'pwned'; --",
            "' union select id, slug, name from actor --",
            "$$; truncate actor cascade; $$");

    @Inject
    DataSource dataSource;

    private Map<String, String> fingerprintBefore;

    @BeforeEach
    void fingerprint() throws SQLException {
        fingerprintBefore = fingerprints();
    }

    @AfterEach
    void serverIsHealthyAndNothingChanged() throws SQLException {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        assertEquals("Kazakhstan", query("{ actor(slug: \"kazakhstan\") { name } }").ok().data("actor.name"));
        assertEquals(fingerprintBefore, fingerprints(), "no table changed");
    }

    @Test
    void malformedJson() {
        assertBadRequest("application/json", "{\"query\": \"{ actors { nodes { name } } }\"", "BAD_REQUEST");
    }

    @Test
    void bodiesThatAreNotJson() {
        assertBadRequest("text/plain", "hello", "BAD_REQUEST");
        assertBadRequest("application/json", "<query>{ actors }</query>", "BAD_REQUEST");
        assertBadRequest("application/x-www-form-urlencoded", "query=%7B+actors+%7D", "BAD_REQUEST");
    }

    @Test
    void jsonThatIsNotAGraphQLRequest() {
        assertBadRequest("application/json", "\"{ actors { totalCount } }\"", "BAD_REQUEST");
        assertBadRequest("application/json", "{}", "BAD_REQUEST");
        assertBadRequest("application/json", "{\"query\": 42}", "BAD_REQUEST");
        assertBadRequest("application/json", "{\"query\": \"  \"}", "BAD_REQUEST");
        assertBadRequest("application/json", "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}", "BAD_REQUEST");
        assertBadRequest("application/json", "{\"query\": \"{ __typename }\", \"operationName\": [\"a\"]}", "BAD_REQUEST");
        assertBadRequest("application/json", "", "BAD_REQUEST");
    }

    @Test
    void invalidGraphQL() {
        assertRefused("GRAPHQL_PARSE_FAILED", query("{ actors { nodes { name } }"));
        assertRefused("GRAPHQL_PARSE_FAILED", query("select * from actor"));
        assertRefused("GRAPHQL_PARSE_FAILED", query("{ actor(slug: \"unterminated) { name } }"));
    }

    @Test
    void unknownFields() {
        assertRefused("GRAPHQL_VALIDATION_FAILED", query("{ actors { nodes { name password } } }"));
        assertRefused("GRAPHQL_VALIDATION_FAILED", query("{ users { nodes { id } } }"));
    }

    @Test
    void wrongEnumValues() {
        assertRefused("GRAPHQL_VALIDATION_FAILED", query("{ actors(filter: {kinds: [DRAGON]}) { totalCount } }"));
        assertRefused("GRAPHQL_VALIDATION_FAILED", query("query($kinds: [ActorKind!]) { actors(filter: {kinds: $kinds}) { totalCount } }",
                Map.of("kinds", List.of("DRAGON"))));
    }

    @Test
    void wrongVariableTypes() {
        assertRefused("GRAPHQL_VALIDATION_FAILED", query("query($first: Int) { actors(first: $first) { totalCount } }",
                Map.of("first", "ten")));
        assertRefused("GRAPHQL_VALIDATION_FAILED", query("query($first: Int) { actors(first: $first) { totalCount } }",
                Map.of("first", 1.5)));
        assertRefused("GRAPHQL_VALIDATION_FAILED", query("query($slug: String!) { actor(slug: $slug) { name } }", Map.of()));
        assertRefused("GRAPHQL_VALIDATION_FAILED", query("query($from: Date) { statements(filter: {from: $from}) { totalCount } }",
                Map.of("from", "yesterday")));
    }

    @Test
    void hugeStrings() {
        String longName = "x".repeat(10_000);
        assertRefused("BAD_USER_INPUT", query("query($name: String) { actors(filter: {name: $name}) { totalCount } }",
                Map.of("name", longName)));
        assertTrue(query("query($slug: String) { actor(slug: $slug) { name } }", Map.of("slug", longName)).ok()
                .data("actor") == null, "a slug that long names no actor");
        String overTheBodyLimit = "{\"query\": \"{ __typename }\", \"variables\": {\"name\": \"" + "x".repeat(300_000) + "\"}}";
        assertBadRequest("application/json", overTheBodyLimit, "REQUEST_TOO_LARGE");
    }

    @Test
    void deepNesting() {
        assertRefused("QUERY_TOO_DEEP", query(LimitQueries.nestedCountries(200)));
        assertRefused("QUERY_TOO_DEEP", query("{ a " + "{ a ".repeat(2000) + "}".repeat(2001)));
    }

    @Test
    void aliasFloods() {
        assertRefused("TOO_MANY_ALIASES", query(LimitQueries.aliasedActors(300)));
        // The same flood hidden in a fragment spread many times.
        String fragment = "fragment F on Actor { " + IntStream.range(0, 10).mapToObj(i -> "n" + i + ": name")
                .collect(Collectors.joining(" ")) + " }";
        assertRefused("TOO_MANY_ALIASES", query("{ actor(slug: \"kazakhstan\") { ...F country { ...F country { ...F ...F } } } } " + fragment));
    }

    @Test
    void fragmentBombs() {
        StringBuilder document = new StringBuilder("{ actors(first: 100) { nodes { ...F0 } } }");
        for (int i = 0; i < 30; i++) {
            document.append(" fragment F").append(i).append(" on Actor { country { ...F").append(i + 1)
                    .append(" } positions { organization { ...F").append(i + 1).append(" } } }");
        }
        document.append(" fragment F30 on Actor { name }");
        assertRefused("QUERY_TOO_DEEP", query(document.toString()));
        assertInvalid(query("{ actors { nodes { ...A } } } fragment A on Actor { ...B } fragment B on Actor { ...A }"));
    }

    @Test
    void batchedOperations() {
        String batch = "[{\"query\": \"{ actors { totalCount } }\"}, {\"query\": \"{ statements { totalCount } }\"}]";
        JsonPath json = GraphQLClient.post("application/json", batch).then().statusCode(200).extract().jsonPath();
        assertEquals("BATCHING_NOT_SUPPORTED", json.getString("errors[0].extensions.code"));
        assertEquals(1, json.getList("errors").size());
        String manyOperations = QueryLimitsTest.operations(100);
        assertRefused("TOO_MANY_OPERATIONS", request(Map.of("query", manyOperations, "operationName", "Q1")));
        assertRefused("GRAPHQL_VALIDATION_FAILED", request(Map.of("query", QueryLimitsTest.operations(2))));
    }

    @Test
    void invalidCursorsAndIds() {
        assertRefused("BAD_USER_INPUT", query("{ actors(after: \"not a cursor\") { totalCount } }"));
        assertRefused("BAD_USER_INPUT", query("{ actors(before: \"eyJhIjoxfQ\") { totalCount } }"));
        assertRefused("BAD_USER_INPUT", query("{ node(id: \"%%%\") { id } }"));
        assertRefused("BAD_USER_INPUT", query("{ statements(filter: {speakerIds: [\"bm9wZQ\"]}) { totalCount } }"));
        String articleId = query("{ article(slug: \"china-backs-kazakhstan-against-russian-threats\") { id } }").ok().data("article.id");
        assertRefused("BAD_USER_INPUT", query("{ statements(filter: {targetIds: [\"" + articleId + "\"]}) { totalCount } }"));
        assertRefused("BAD_USER_INPUT", query("{ actors(first: 101) { totalCount } }"));
    }

    /** Fields whose string argument must decode to an id or a cursor, with the type of the variable they take. */
    private static final Map<String, String> DECODED_ARGUMENTS = Map.ofEntries(
            Map.entry("statements(filter: {speakerIds: [$text]})", "ID!"),
            Map.entry("statements(filter: {targetIds: [$text]})", "ID!"),
            Map.entry("statements(filter: {articleIds: [$text]})", "ID!"),
            Map.entry("articles(filter: {authorIds: [$text]})", "ID!"),
            Map.entry("articles(filter: {mentionsActorIds: [$text]})", "ID!"),
            Map.entry("actors(filter: {countryIds: [$text]})", "ID!"),
            Map.entry("publications(filter: {contributorIds: [$text]})", "ID!"),
            Map.entry("publications(filter: {seriesId: $text})", "ID"),
            Map.entry("actors(after: $text)", "String"),
            Map.entry("statements(before: $text)", "String"));

    static List<String> injections() {
        return INJECTIONS;
    }

    @ParameterizedTest
    @MethodSource("injections")
    void sqlInjectionInEveryStringFilter(String injection) {
        Map<String, Object> variables = Map.of("text", injection);
        // Free text is matched as text: nothing is named like that.
        assertEquals(0, (int) query("query($text: String) { actors(filter: {name: $text}) { totalCount } }", variables).ok()
                .data("actors.totalCount"), "a name filter matches names, not SQL");
        String literal = injection.replace("\\", "\\\\").replace("\"", "\\\"");
        assertEquals(0, (int) query("{ actors(filter: {name: \"" + literal + "\"}) { totalCount } }").ok()
                .data("actors.totalCount"), "the same as a string literal in the document");
        assertEquals(0, (int) query("query($text: String) { articles(filter: {category: $text}) { totalCount } }", variables).ok()
                .data("articles.totalCount"));
        for (String lookup : List.of("actor", "article", "publication")) {
            assertTrue(query("query($text: String) { " + lookup + "(slug: $text) { id } }", variables).ok().data(lookup) == null,
                    "no " + lookup + " has that slug");
        }
        // Ids and cursors are decoded before any SQL is written: the text is not one.
        DECODED_ARGUMENTS.forEach((field, type) -> assertRefused("BAD_USER_INPUT",
                query("query($text: " + type + ") { " + field + " { totalCount } }", variables)));
        assertRefused("BAD_USER_INPUT", query("query($text: ID!) { node(id: $text) { id } }", variables));
    }

    /** graphql-java may report one mistake in several places: one error each, all with the code. */
    private static void assertInvalid(Response response) {
        assertFalse(response.errors().isEmpty(), "errors");
        for (Map<String, Object> error : response.errors()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
            assertEquals("GRAPHQL_VALIDATION_FAILED", extensions.get("code"), response.errors().toString());
            assertFalse(((String) error.get("message")).isBlank());
        }
    }

    private static void assertRefused(String code, Response response) {
        assertEquals(code, response.errorCode(), "one error with code " + code + ": " + response.errors());
        assertFalse(((String) response.errors().get(0).get("message")).isBlank(), "a message says what is wrong");
    }

    private static void assertBadRequest(String contentType, String body, String code) {
        io.restassured.response.Response response = GraphQLClient.post(contentType, body);
        assertTrue(response.statusCode() == 400 || response.statusCode() == 413, "status " + response.statusCode());
        JsonPath json = response.jsonPath();
        assertEquals(1, json.getList("errors").size());
        assertEquals(code, json.getString("errors[0].extensions.code"));
        assertFalse(json.getString("errors[0].message").isBlank());
    }

    /** A digest of every table's rows, by table. */
    private Map<String, String> fingerprints() throws SQLException {
        return TableFingerprints.of(dataSource);
    }
}
