package org.analyst.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/**
 * Every code a client can receive: the {@code extensions.code} of a top-level error, and the
 * {@code code} of a mutation's {@code userErrors}. The README's table of codes is checked against
 * this list. The GraphQL enum {@code UserErrorCode} shows only the codes a user error can carry;
 * the others are hidden from the schema.
 */
@Name("UserErrorCode")
@Description("Why a mutation changed nothing, for the field the user error points at.")
public enum ErrorCode {

    // ---------------------------------------------------------------- userErrors of mutations
    @Description("The value breaks a rule: the message says which.")
    INVALID,
    @Description("No object has that id (or you may not see it).")
    NOT_FOUND,
    @Description("Another object already has that value (a slug).")
    DUPLICATE,
    @Description("Someone changed the object since you read it: reload and apply your change again.")
    STALE_VERSION,
    @Description("Other objects still refer to it.")
    IN_USE,
    /** A user error, and also the top-level error of a token whose roles do not allow the operation. */
    @Description("Your role does not allow this change.")
    FORBIDDEN,

    // ---------------------------------------------------------------- requests the transport refuses
    /** Not a GraphQL request: the body is not a JSON object with a "query" string, or not JSON at all. */
    @Ignore
    BAD_REQUEST,
    @Ignore
    REQUEST_TOO_LARGE,
    @Ignore
    METHOD_NOT_ALLOWED,
    @Ignore
    NOT_ACCEPTABLE,
    @Ignore
    BATCHING_NOT_SUPPORTED,

    // ---------------------------------------------------------------- persisted queries
    /** Apollo's code for a hash the server does not know: the client sends the text with it once. */
    @Ignore
    PERSISTED_QUERY_NOT_FOUND,
    /** The allow-list mode is on and the document is not one of the registered operations. */
    @Ignore
    OPERATION_NOT_ALLOWED,

    // ---------------------------------------------------------------- documents the engine refuses
    @Ignore
    GRAPHQL_PARSE_FAILED,
    @Ignore
    TOO_MANY_TOKENS,
    @Ignore
    TOO_MANY_OPERATIONS,
    @Ignore
    TOO_MANY_ALIASES,
    @Ignore
    QUERY_TOO_DEEP,
    @Ignore
    QUERY_TOO_COMPLEX,
    @Ignore
    GRAPHQL_VALIDATION_FAILED,
    /** A subscription past analyst.websocket.max-subscriptions-per-connection. */
    @Ignore
    TOO_MANY_SUBSCRIPTIONS,

    // ---------------------------------------------------------------- fields
    @Ignore
    BAD_USER_INPUT,
    @Ignore
    UNAUTHENTICATED,

    // ---------------------------------------------------------------- faults that are not the caller's
    @Ignore
    QUERY_TIMEOUT,
    @Ignore
    SERVICE_UNAVAILABLE,
    @Ignore
    INTERNAL_SERVER_ERROR
}
