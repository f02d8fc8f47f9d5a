package org.analyst.security;

import org.analyst.graphql.CallerMistakeException;
import org.analyst.graphql.ErrorCode;

/** A protected operation without a valid bearer token. */
public class UnauthenticatedException extends CallerMistakeException {

    public UnauthenticatedException(String message) {
        super(ErrorCode.UNAUTHENTICATED, message);
    }
}
