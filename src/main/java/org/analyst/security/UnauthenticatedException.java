package org.analyst.security;

import io.smallrye.graphql.api.ErrorCode;

/** A protected operation without a valid bearer token. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
