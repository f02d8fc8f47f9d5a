package org.analyst.graphql;

public enum UserErrorCode {
    INVALID, NOT_FOUND, DUPLICATE, STALE_VERSION, IN_USE, FORBIDDEN
}
