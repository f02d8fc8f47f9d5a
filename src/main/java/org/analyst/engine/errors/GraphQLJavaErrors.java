package org.analyst.engine.errors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.analyst.graphql.ErrorCode;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

/**
 * Gives the errors graphql-java raises itself (an unknown field, a wrong enum value, a variable
 * of the wrong type) an {@code extensions.code} too, so that every error a client sees has one:
 * GRAPHQL_VALIDATION_FAILED. Errors from fields keep theirs.
 *
 * <p>SmallRye's number scalars accept any string as a variable value, so a variable of the wrong
 * type fails only when its field reads the argument; graphql-java then also reports the non-null
 * field left empty by that failure. Such a report adds nothing to the validation error that
 * explains it, so it is dropped.
 */
public final class GraphQLJavaErrors {

    private GraphQLJavaErrors() {
    }

    public static ExecutionResult withCodes(ExecutionResult result) {
        if (result.getErrors().stream().noneMatch(error -> error.getErrorType() == ErrorType.ValidationError)) {
            return result;
        }
        List<GraphQLError> errors = result.getErrors().stream()
                .filter(error -> error.getErrorType() != ErrorType.NullValueInNonNullableField)
                .map(error -> hasCode(error) || error.getErrorType() != ErrorType.ValidationError ? error : withCode(error))
                .toList();
        return result.transform(response -> response.errors(errors));
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey("code");
    }

    private static GraphQLError withCode(GraphQLError error) {
        Map<String, Object> extensions = new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put("code", ErrorCode.GRAPHQL_VALIDATION_FAILED.name());
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }
}
