package org.analyst.limits;

/**
 * Why the gate refuses a request: an {@code extensions.code}, a message for the caller, the HTTP
 * status and, when the query was measured, its cost. A request that is not a GraphQL request at
 * all gets a 4xx status; a GraphQL request that breaks a limit gets 200, like any GraphQL error.
 */
final class QueryRefusal extends RuntimeException {

    private final String code;
    private final int status;
    private final transient QueryCost cost;

    private QueryRefusal(String code, String message, int status, QueryCost cost) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
        this.cost = cost;
    }

    static QueryRefusal badRequest(String message) {
        return new QueryRefusal("BAD_REQUEST", message, 400, null);
    }

    static QueryRefusal tooLarge(String message) {
        return new QueryRefusal("REQUEST_TOO_LARGE", message, 413, null);
    }

    static QueryRefusal refused(String code, String message) {
        return new QueryRefusal(code, message, 200, null);
    }

    static QueryRefusal overLimit(String code, String message, QueryCost cost) {
        return new QueryRefusal(code, message, 200, cost);
    }

    String code() {
        return code;
    }

    int status() {
        return status;
    }

    QueryCost cost() {
        return cost;
    }
}
