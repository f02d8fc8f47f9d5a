package org.analyst.graphql;

/** A query argument the caller got wrong: a page size out of range, a malformed cursor or id. */
public class BadUserInputException extends CallerMistakeException {

    public BadUserInputException(String message) {
        super(ErrorCode.BAD_USER_INPUT, message);
    }
}
