package org.analyst.engine.errors;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.analyst.graphql.CallerMistakeException;
import org.analyst.graphql.ErrorCode;
import org.jboss.logging.Logger;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;

/**
 * Turns an exception that escapes a field into an error that leaks nothing. It replaces SmallRye's
 * exception handler, which shows or hides an exception's message by a list of class names in
 * configuration and takes codes from annotations: here the caller's own mistakes
 * ({@link CallerMistakeException}: BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN) carry their code and
 * show their message, and anything else becomes a generic message with a code
 * (SERVICE_UNAVAILABLE, QUERY_TIMEOUT or INTERNAL_SERVER_ERROR) and an {@code errorId}; the log
 * holds the same id next to the full exception. No SQL, class name or stack trace reaches the
 * caller, in any profile.
 *
 * <p>An execution whose GraphQL context holds a list under {@link #RAISED} also gets every error in
 * that list: graphql-java drops a subscription event's errors when a field error nulls its non-null
 * root field (the event fails instead of answering {@code data: null} with them), and the engine
 * gives them back ({@code GraphQLEngine.runSubscription}).
 */
public class FaultHandler implements DataFetcherExceptionHandler {

    /** The GraphQL context's key of a {@code List<GraphQLError>} that collects the errors raised here. */
    public static final String RAISED = "analyst.raisedErrors";
    private static final Logger LOG = Logger.getLogger(FaultHandler.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters parameters) {
        Throwable exception = parameters.getException();
        CallerMistakeException mistake = mistakeIn(exception);
        GraphQLError error;
        if (exception instanceof GraphQLError invalid && invalid.getErrorType() == ErrorType.ValidationError) {
            // graphql-java found an argument of the wrong type only when the field read it
            error = error(invalid.getMessage(), ErrorCode.GRAPHQL_VALIDATION_FAILED, parameters.getSourceLocation(),
                    parameters.getPath()).errorType(ErrorType.ValidationError).build();
        } else if (mistake != null) {
            error = error(mistake.getMessage(), mistake.code(), parameters.getSourceLocation(), parameters.getPath()).build();
        } else {
            error = fault(exception, parameters.getSourceLocation(), parameters.getPath());
        }
        List<GraphQLError> raised = parameters.getDataFetchingEnvironment().getGraphQlContext().get(RAISED);
        if (raised != null) {
            raised.add(error);
        }
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult().error(error).build());
    }

    /** An exception outside any field (the engine itself failed): a generic error, logged with its id. */
    public static GraphQLError fault(Throwable exception) {
        return fault(exception, null, null);
    }

    private static GraphQLError fault(Throwable exception, SourceLocation location, ResultPath path) {
        Fault fault = Fault.of(exception);
        String errorId = UUID.randomUUID().toString();
        if (fault == Fault.INTERNAL_SERVER_ERROR) {
            LOG.errorf(exception, "GraphQL error %s at %s", errorId, path);
        } else {
            LOG.logf(fault.level(), "GraphQL error %s at %s: %s (%s)", errorId, path, fault, rootCause(exception));
        }
        return error(fault.message() + " Error id: " + errorId, fault.code(), location, path)
                .extensions(Map.of("code", fault.code().name(), "errorId", errorId)).build();
    }

    private static GraphqlErrorBuilder<?> error(String message, ErrorCode code, SourceLocation location, ResultPath path) {
        GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError().message(message).extensions(Map.of("code", code.name()));
        error.locations(location == null ? null : List.of(location));
        return path == null ? error : error.path(path);
    }

    /** The caller's mistake among the exception's causes (SmallRye and graphql-java wrap some), or null. */
    private static CallerMistakeException mistakeIn(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CallerMistakeException mistake) {
                return mistake;
            }
        }
        return null;
    }

    private static String rootCause(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
