package org.analyst.graphql;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A query argument the caller got wrong: a page size out of range, a malformed cursor or id.
 * Its message is shown to the caller (see {@code show-error-message} in application.properties).
 */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends RuntimeException {

    public BadUserInputException(String message) {
        super(message);
    }
}
