package org.analyst.limits;

import io.vertx.ext.web.RoutingContext;

/**
 * A GraphQL request that passed the gate, as the gate measured it: its cost, the operation it
 * runs (for metrics) and when it arrived. The gate leaves it on the request's routing context.
 */
public record AdmittedRequest(QueryCost cost, String operation, String operationType, long arrivedNanos) {

    private static final String KEY = AdmittedRequest.class.getName();

    void attachTo(RoutingContext request) {
        request.put(KEY, this);
    }

    /** The admitted request behind this routing context, or null when it did not come through the gate. */
    public static AdmittedRequest of(RoutingContext request) {
        return request == null ? null : request.get(KEY);
    }
}
