package org.analyst.security;

import org.analyst.graphql.CallerMistakeException;
import org.analyst.graphql.ErrorCode;

/** A valid token whose roles do not allow the operation. */
public class ForbiddenException extends CallerMistakeException {

    public ForbiddenException(String message) {
        super(ErrorCode.FORBIDDEN, message);
    }
}
