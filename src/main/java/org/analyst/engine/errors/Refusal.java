package org.analyst.engine.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.analyst.graphql.ErrorCode;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * Why a request is refused before anything runs: a code, a message for the caller and, when the
 * engine got that far, where in the document the problem lies and what the query would have cost
 * (as the response's {@code extensions.cost}).
 */
public final class Refusal extends RuntimeException {

    private final ErrorCode code;
    private final transient SourceLocation location;
    private final transient Map<String, Object> cost;

    private Refusal(ErrorCode code, String message, SourceLocation location, Map<String, Object> cost) {
        super(message, null, false, false);
        this.code = code;
        this.location = location;
        this.cost = cost;
    }

    public static Refusal of(ErrorCode code, String message) {
        return new Refusal(code, message, null, null);
    }

    /** A document that does not parse, at the place the parser stopped. */
    public static Refusal at(ErrorCode code, String message, SourceLocation location) {
        return new Refusal(code, message, location, null);
    }

    /** A query measured and found over a limit: its cost goes with the error. */
    public static Refusal overLimit(ErrorCode code, String message, Map<String, Object> cost) {
        return new Refusal(code, message, null, cost);
    }

    public ErrorCode code() {
        return code;
    }

    public GraphQLError error() {
        return new RefusalError(getMessage(), location == null ? null : List.of(location), Map.of("code", code.name()));
    }

    /** The response's top-level extensions: the cost, when the query was measured; null otherwise. */
    public Map<Object, Object> extensions() {
        if (cost == null) {
            return null;
        }
        Map<Object, Object> extensions = new LinkedHashMap<>();
        extensions.put("cost", cost);
        return extensions;
    }

    /** The error as the client sees it: message, location when known, code; no graphql-java classification. */
    private record RefusalError(String message, List<SourceLocation> locations, Map<String, Object> extensions)
            implements GraphQLError {

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public List<SourceLocation> getLocations() {
            return locations;
        }

        @Override
        public ErrorClassification getErrorType() {
            return null;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return extensions;
        }
    }
}
