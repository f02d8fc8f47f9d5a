package org.analyst.operations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.cdi.event.AfterExecute;
import io.smallrye.graphql.execution.context.SmallRyeContext;

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
@ApplicationScoped
public class ErrorCodes {

    static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";

    void addCodes(@Observes @AfterExecute Context context) {
        if (!(context instanceof SmallRyeContext execution)) {
            return;
        }
        ExecutionResult result = execution.unwrap(ExecutionResult.class);
        if (result == null || result.getErrors().stream().noneMatch(error -> error.getErrorType() == ErrorType.ValidationError)) {
            return;
        }
        List<GraphQLError> errors = result.getErrors().stream()
                .filter(error -> error.getErrorType() != ErrorType.NullValueInNonNullableField)
                .map(error -> lacksCode(error) ? withCode(error) : error)
                .toList();
        execution.setExecutionResult(result.transform(response -> response.errors(errors)));
    }

    private static boolean lacksCode(GraphQLError error) {
        return !(error instanceof ExceptionWhileDataFetching) && error.getErrorType() == ErrorType.ValidationError
                && (error.getExtensions() == null || !error.getExtensions().containsKey("code"));
    }

    private static GraphQLError withCode(GraphQLError error) {
        Map<String, Object> extensions = new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put("code", VALIDATION_FAILED);
        ErrorClassification type = error.getErrorType();
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(type)
                .extensions(extensions)
                .build();
    }
}
