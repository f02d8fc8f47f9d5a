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
        return send(given(), query, variables);
    }

    /** A request with {@code Authorization: Bearer <token>}. */
    public static Response query(String token, String query, Map<String, ?> variables) {
        return send(given().auth().oauth2(token), query, variables);
    }

    private static Response send(RequestSpecification request, String query, Map<String, ?> variables) {
        JsonPath json = request.contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200)
                .extract().jsonPath();
        return new Response(json);
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
            if (errors().size() != 1) {
                throw new AssertionError("Expected one error, got " + errors());
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> extensions = (Map<String, Object>) errors().get(0).get("extensions");
            return extensions == null ? null : (String) extensions.get("code");
        }

        public String errorMessage() {
            return (String) errors().get(0).get("message");
        }
    }
}
