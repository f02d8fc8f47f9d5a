package org.analyst.graphql;

/**
 * A mistake of the caller's in a query or an operation it may not run: its message and code are
 * shown to the caller as a top-level error, and nothing is logged as a fault.
 */
public abstract class CallerMistakeException extends RuntimeException {

    private final ErrorCode code;

    protected CallerMistakeException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
