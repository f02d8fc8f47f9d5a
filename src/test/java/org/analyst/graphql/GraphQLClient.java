package org.analyst.graphql;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Posts GraphQL requests over real HTTP, as a frontend would, and reads what a user sees. */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    public static Response query(String query) {
        return query(query, Map.of());
    }

    public static Response query(String query, Map<String, ?> variables) {
        return request(given(), Map.of("query", query, "variables", variables));
    }

    /** A request with {@code Authorization: Bearer <token>}. */
    public static Response query(String token, String query, Map<String, ?> variables) {
        return request(given().auth().oauth2(token), Map.of("query", query, "variables", variables));
    }

    /** Posts any JSON request object ({@code query}, {@code operationName}, {@code variables}). */
    public static Response request(Map<String, ?> request) {
        return request(given(), request);
    }

    private static Response request(RequestSpecification specification, Map<String, ?> request) {
        JsonPath json = specification.contentType(ContentType.JSON).body(request)
                .when().post("/graphql")
                .then().statusCode(200)
                .extract().jsonPath();
        return new Response(json);
    }

    /** Posts a body as it is, whatever it holds, for tests of what the server does with bad requests. */
    public static io.restassured.response.Response post(String contentType, String body) {
        return given().contentType(contentType).body(body).when().post("/graphql");
    }

    /** A GraphQL response: {@code data} read by path, and {@code errors}. */
    @SuppressWarnings("unchecked")
    public record Response(JsonPath json) {

        public <T> T data(String path) {
            return json.get("data." + path);
        }

        public List<Map<String, Object>> errors() {
            List<Map<String, Object>> errors = json.getList("errors");
            return errors == null ? List.of() : errors;
        }

        /** A value of the response's top-level {@code extensions}, e.g. {@code cost.complexity}. */
        public <T> T extension(String path) {
            return json.get("extensions." + path);
        }

        public boolean hasData() {
            return json.get("data") != null;
        }

        /** The data, after checking that there were no errors. */
        public Response ok() {
            if (!errors().isEmpty()) {
                throw new AssertionError("Unexpected GraphQL errors: " + errors());
            }
            return this;
        }

        /** The payload's user errors at this path, as "CODE field.path" lines. */
        public List<String> userErrors(String payload) {
            List<Map<String, Object>> errors = data(payload + ".userErrors");
            return errors.stream().map(error -> error.get("code") + " " + (error.get("field") == null ? ""
                    : String.join(".", (List<String>) error.get("field")))).toList();
        }

        /** The one error's extensions.code. */
        public String errorCode() {
            return errorExtension("code");
        }

        /** A value of the one error's extensions, e.g. its errorId. */
        public String errorExtension(String name) {
            if (errors().size() != 1) {
                throw new AssertionError("Expected one error, got " + errors());
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> extensions = (Map<String, Object>) errors().get(0).get("extensions");
            return extensions == null ? null : (String) extensions.get(name);
        }

        public String errorMessage() {
            return (String) errors().get(0).get("message");
        }
    }
}
