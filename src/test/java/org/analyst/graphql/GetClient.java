package org.analyst.graphql;

import static io.restassured.RestAssured.given;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** GraphQL over GET, as Apollo Client and urql send it: the request in the URL's parameters. */
public final class GetClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GetClient() {
    }

    /** A GET request with these parameters (variables and extensions as JSON); null values are left out. */
    public static RequestSpecification get(String query, Map<String, ?> variables, Map<String, ?> extensions) {
        RequestSpecification request = given().urlEncodingEnabled(true);
        if (query != null) {
            request.queryParam("query", query);
        }
        if (variables != null) {
            request.queryParam("variables", json(variables));
        }
        if (extensions != null) {
            request.queryParam("extensions", json(extensions));
        }
        return request;
    }

    /** A GET of this query, answered. */
    public static Response read(String query, Map<String, ?> variables) {
        return get(query, variables, null).get("/graphql");
    }

    /** Apollo's {"persistedQuery": {"version": 1, "sha256Hash": …}} for this text. */
    public static Map<String, Object> persisted(String query) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(query)));
    }

    public static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
