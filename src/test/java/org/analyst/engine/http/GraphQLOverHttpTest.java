package org.analyst.engine.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.analyst.engine.limits.LimitQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * What the GraphQL-over-HTTP specification asks of a server, checked as a client sees it: media
 * types, status codes, and a JSON error body with a code for every refusal.
 */
@QuarkusTest
class GraphQLOverHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Test
    void aClientThatAcceptsAnythingOrNamesNothingGetsJson() {
        for (String accept : new String[] {"*/*", "application/json", "application/*", "text/html, application/json;q=0.5"}) {
            post(accept, Map.of("query", "{ __typename }")).statusCode(200)
                    .contentType(startsWith("application/json")).body("data.__typename", equalTo("Query"));
        }
        given().contentType("application/json").body("{\"query\": \"{ __typename }\"}").noFilters()
                .header("Accept", "").post("/graphql").then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void theGraphQLResponseMediaTypeIsAnsweredInKind() {
        post(GRAPHQL_RESPONSE + ", application/json", Map.of("query", "{ __typename }")).statusCode(200)
                .contentType(startsWith(GRAPHQL_RESPONSE)).body("data.__typename", equalTo("Query"));
    }

    /** A request refused before it ran is 400 in application/graphql-response+json, 200 in application/json. */
    @ParameterizedTest
    @ValueSource(strings = {"parse", "validation", "depth", "aliases"})
    void aRequestThatDidNotRunIs400OnlyInTheGraphQLResponseMediaType(String kind) {
        String query = switch (kind) {
            case "parse" -> "{ actors { nodes { name } }";
            case "validation" -> "{ actors { nodes { password } } }";
            case "depth" -> LimitQueries.nestedCountries(21);
            default -> LimitQueries.aliasedActors(31);
        };
        JsonPath asJson = post("application/json", Map.of("query", query)).statusCode(200).extract().jsonPath();
        JsonPath asGraphQLResponse = post(GRAPHQL_RESPONSE, Map.of("query", query)).statusCode(400)
                .contentType(startsWith(GRAPHQL_RESPONSE)).body("$", not(hasKey("data"))).extract().jsonPath();
        assertEquals(asJson.getList("errors"), asGraphQLResponse.getList("errors"), "the same errors either way");
    }

    @Test
    void aRequestThatRanIs200EvenWhenAFieldFailed() {
        post(GRAPHQL_RESPONSE, Map.of("query", "{ actors(first: 101) { totalCount } }")).statusCode(200)
                .body("data", equalTo(null)).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void aParseErrorSaysWhere() {
        JsonPath error = post("application/json", Map.of("query", "{\n  actors { nodes { name } }")).statusCode(200)
                .extract().jsonPath();
        assertEquals("GRAPHQL_PARSE_FAILED", error.getString("errors[0].extensions.code"));
        assertEquals(2, error.getInt("errors[0].locations[0].line"));
        assertEquals(28, error.getInt("errors[0].locations[0].column"));
    }

    @Test
    void aBodyThatIsNotJsonIs400AndNamesWhereWithoutParserInternals() {
        String message = given().contentType("application/json").body("{\"query\": }").post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .extract().jsonPath().getString("errors[0].message");
        assertEquals("The request is not valid JSON (line 1, column 11)", message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/graphql", "multipart/form-data"})
    void onlyJsonBodiesArePosted(String contentType) {
        given().contentType(contentType).body("{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8)).post("/graphql")
                .then().statusCode(400).contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void otherMethodsAre405WithABody(String method) {
        given().request(method, "/graphql?query=%7B__typename%7D").then().statusCode(405)
                .header("Allow", "GET, POST, OPTIONS")
                .contentType(startsWith("application/json")).body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void aClientThatAcceptsNoJsonIs406WithABody() {
        post("text/html", Map.of("query", "{ __typename }")).statusCode(406)
                .body("errors[0].extensions.code", equalTo("NOT_ACCEPTABLE"));
    }

    @Test
    void refusalsCarryOnlyTheirCodeAndEveryErrorHasOne() {
        JsonPath refused = post("application/json", Map.of("query", LimitQueries.nestedCountries(21))).extract().jsonPath();
        assertEquals(Map.of("code", "QUERY_TOO_DEEP"), refused.getMap("errors[0].extensions"));
        assertFalse(refused.getMap("extensions.cost").isEmpty(), "the measured cost comes with the refusal");
        List<Map<String, Object>> errors = post("application/json",
                Map.of("query", "{ actors(first: -1) { totalCount } a: actors(after: \"x\") { totalCount } }"))
                .extract().jsonPath().getList("errors");
        errors.forEach(error -> assertEquals(true, ((Map<?, ?>) error.get("extensions")).containsKey("code"), error::toString));
    }

    private static ValidatableResponse post(String accept, Map<String, Object> request) {
        return given().accept(accept).contentType("application/json").body(request).post("/graphql").then();
    }
}
