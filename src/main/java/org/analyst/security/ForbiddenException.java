package org.analyst.security;

import io.smallrye.graphql.api.ErrorCode;

/** A valid token whose roles do not allow the operation. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
