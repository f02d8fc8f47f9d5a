package org.analyst.operations;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.graphql.GraphQLException;
import org.jboss.logging.Logger;

import graphql.ErrorType;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.config.Config;

/**
 * Turns an exception that escapes a field into an error that leaks nothing. The caller's own
 * mistakes (BAD_USER_INPUT and whatever else {@code show-runtime-exception-message} lists) go
 * through SmallRye's handler as before. Anything else becomes a generic message with an
 * {@code extensions.code} (SERVICE_UNAVAILABLE, QUERY_TIMEOUT or INTERNAL_SERVER_ERROR) and an
 * {@code errorId}; the log holds the same id next to the full exception. No SQL, class name or
 * stack trace reaches the caller, in any profile.
 */
@ApplicationScoped
public class FaultHandler implements DataFetcherExceptionHandler {

    private static final Logger LOG = Logger.getLogger(FaultHandler.class);

    private final DataFetcherExceptionHandler callersMistakes = new ExceptionHandler();

    void install(@Observes GraphQL.Builder engine) {
        engine.defaultDataFetcherExceptionHandler(this);
    }

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters parameters) {
        Throwable exception = unwrapped(parameters.getException());
        if (exception instanceof GraphQLError invalid && invalid.getErrorType() == ErrorType.ValidationError) {
            // graphql-java found an argument of the wrong type only when the field read it
            return result(GraphqlErrorBuilder.newError().message(invalid.getMessage())
                    .location(parameters.getSourceLocation()).path(parameters.getPath()).errorType(ErrorType.ValidationError)
                    .extensions(Map.of("code", ErrorCodes.VALIDATION_FAILED)).build());
        }
        if (isForTheCaller(exception)) {
            return callersMistakes.handleException(parameters);
        }
        Fault fault = Fault.of(exception);
        String errorId = UUID.randomUUID().toString();
        if (fault == Fault.INTERNAL_SERVER_ERROR) {
            LOG.errorf(exception, "GraphQL error %s at %s", errorId, parameters.getPath());
        } else {
            LOG.logf(fault.level(), "GraphQL error %s at %s: %s (%s)", errorId, parameters.getPath(), fault, rootCause(exception));
        }
        return result(GraphqlErrorBuilder.newError()
                .message(fault.message() + " Error id: " + errorId)
                .location(parameters.getSourceLocation())
                .path(parameters.getPath())
                .extensions(Map.of("code", fault.name(), "errorId", errorId))
                .build());
    }

    private static CompletableFuture<DataFetcherExceptionHandlerResult> result(GraphQLError error) {
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult().error(error).build());
    }

    private static boolean isForTheCaller(Throwable exception) {
        return exception instanceof GraphQLException || Config.get().shouldShow(exception);
    }

    private static Throwable unwrapped(Throwable exception) {
        Throwable unwrapped = exception;
        while (Config.get().shouldUnwrapThrowable(unwrapped)) {
            unwrapped = unwrapped.getCause();
        }
        return unwrapped;
    }

    private static String rootCause(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
