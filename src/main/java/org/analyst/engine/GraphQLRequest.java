package org.analyst.engine;

import java.io.StringReader;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;

import org.analyst.engine.errors.Refusal;
import org.analyst.graphql.ErrorCode;

import io.smallrye.graphql.api.Context;

/**
 * One GraphQL request as a transport received it (a POST body, GET parameters, a WebSocket
 * subscribe payload): the document, the operation to run and its variables, checked for shape,
 * and the SHA-256 hash of the document when the client names it in Apollo's
 * {@code extensions.persistedQuery} (then {@code query} may be absent: the server may know it).
 * SmallRye executes the JSON object itself, so it is kept as it came.
 */
public record GraphQLRequest(JsonObject json, String query, String operationName, Map<String, Object> variables,
        String persistedHash) {

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

    /**
     * The request in a URL's parameters, as GraphQL over GET sends it: {@code query},
     * {@code operationName}, and {@code variables} and {@code extensions} as JSON texts.
     */
    public static GraphQLRequest ofParameters(io.vertx.core.MultiMap parameters) {
        JsonObjectBuilder request = JSON.createObjectBuilder();
        for (String member : new String[] {"query", "operationName"}) {
            if (parameters.get(member) != null) {
                request.add(member, parameters.get(member));
            }
        }
        for (String member : new String[] {"variables", "extensions"}) {
            String text = parameters.get(member);
            if (text != null && !text.isEmpty()) {
                try (JsonReader reader = JSON.createReader(new StringReader(text))) {
                    request.add(member, reader.readValue());
                } catch (JsonException malformed) {
                    throw Refusal.of(ErrorCode.BAD_REQUEST, "The \"" + member + "\" parameter is not valid JSON");
                }
            }
        }
        return of(request.build());
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
        String persistedHash = extensions instanceof JsonObject object ? persistedHash(object) : null;
        return new GraphQLRequest(request, text(request, "query", persistedHash == null), text(request, "operationName", false),
                Context.VariablesParser.toMap(variables).orElse(Map.of()), persistedHash);
    }

    /** The request as SmallRye executes it, with the document the engine resolved (a persisted one's text). */
    public JsonObject withQuery(String document) {
        return document.equals(query) ? json : JSON.createObjectBuilder(json).add("query", document).build();
    }

    /** Apollo's automatic persisted queries: {"persistedQuery": {"version": 1, "sha256Hash": "<64 hex digits>"}}. */
    private static String persistedHash(JsonObject extensions) {
        JsonValue persisted = extensions.get("persistedQuery");
        if (persisted == null || persisted == JsonValue.NULL) {
            return null;
        }
        if (!(persisted instanceof JsonObject object) || !(object.get("version") instanceof JsonNumber version)
                || !(object.get("sha256Hash") instanceof JsonString hash)) {
            throw Refusal.of(ErrorCode.BAD_REQUEST,
                    "\"extensions.persistedQuery\" must be {\"version\": 1, \"sha256Hash\": \"<SHA-256 of the query, hex>\"}");
        }
        if (!version.isIntegral() || version.intValue() != 1) {
            throw Refusal.of(ErrorCode.BAD_REQUEST, "Unsupported persisted query version: only version 1 is known");
        }
        String hex = hash.getString().toLowerCase(java.util.Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw Refusal.of(ErrorCode.BAD_REQUEST, "\"sha256Hash\" must be 64 hexadecimal digits");
        }
        return hex;
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
