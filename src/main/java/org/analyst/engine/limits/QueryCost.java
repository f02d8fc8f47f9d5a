package org.analyst.engine.limits;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a GraphQL request asks of the server, measured before it runs: its tokens, operations,
 * aliases, depth and complexity (the number of objects the response may hold). Clients see it
 * in the response's {@code extensions.cost}, next to the limits it is held to.
 */
public record QueryCost(int tokens, int operations, int aliases, int depth, long complexity) {

    public Map<String, Object> asExtension(QueryLimits limits) {
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("complexity", complexity);
        cost.put("depth", depth);
        cost.put("aliases", aliases);
        cost.put("tokens", tokens);
        Map<String, Object> max = new LinkedHashMap<>();
        max.put("complexity", limits.maxComplexity());
        max.put("depth", limits.maxDepth());
        max.put("aliases", limits.maxAliases());
        max.put("tokens", limits.maxTokens());
        cost.put("limits", max);
        return cost;
    }
}
