package org.analyst.engine;

import java.io.StringReader;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;

import org.analyst.engine.errors.Refusal;
import org.analyst.graphql.ErrorCode;

import io.smallrye.graphql.api.Context;

/**
 * One GraphQL request as a transport received it (a POST body, a WebSocket subscribe payload):
 * the document, the operation to run and its variables, checked for shape. SmallRye executes the
 * JSON object itself, so it is kept as it came.
 */
public record GraphQLRequest(JsonObject json, String query, String operationName, Map<String, Object> variables) {

    /** Looked up once: Json.createReader() and friends look the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The request in a JSON text; a refusal when it is not JSON or not a request. */
    public static GraphQLRequest read(String text) {
        JsonValue value;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException malformed) {
            throw Refusal.of(ErrorCode.BAD_REQUEST, "The request is not valid JSON (line %d, column %d)"
                    .formatted(malformed.getLocation().getLineNumber(), malformed.getLocation().getColumnNumber()));
        } catch (JsonException malformed) {
            throw Refusal.of(ErrorCode.BAD_REQUEST, "The request is not valid JSON");
        }
        return of(value);
    }

    /** The request in a JSON value; a refusal when it is not a request object. */
    public static GraphQLRequest of(JsonValue value) {
        if (value instanceof JsonArray) {
            throw Refusal.of(ErrorCode.BATCHING_NOT_SUPPORTED,
                    "Batched requests are not supported: send one GraphQL request at a time");
        }
        if (!(value instanceof JsonObject request)) {
            throw Refusal.of(ErrorCode.BAD_REQUEST, "The request must be a JSON object with the GraphQL document in \"query\"");
        }
        JsonValue variables = request.get("variables");
        if (variables != null && variables != JsonValue.NULL && !(variables instanceof JsonObject)) {
            throw Refusal.of(ErrorCode.BAD_REQUEST, "\"variables\" must be a JSON object");
        }
        JsonValue extensions = request.get("extensions");
        if (extensions != null && extensions != JsonValue.NULL && !(extensions instanceof JsonObject)) {
            throw Refusal.of(ErrorCode.BAD_REQUEST, "\"extensions\" must be a JSON object");
        }
        return new GraphQLRequest(request, text(request, "query", true), text(request, "operationName", false),
                Context.VariablesParser.toMap(variables).orElse(Map.of()));
    }

    private static String text(JsonObject request, String member, boolean required) {
        JsonValue value = request.get(member);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                throw Refusal.of(ErrorCode.BAD_REQUEST, "The request has no \"" + member + "\"");
            }
            return null;
        }
        if (!(value instanceof JsonString string) || (required && string.getString().isBlank())) {
            throw Refusal.of(ErrorCode.BAD_REQUEST, "\"" + member + "\" must be a " + (required ? "non-empty " : "") + "string");
        }
        return string.getString();
    }
}
