package org.analyst.engine.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What one GraphQL request may ask for, over any transport. Every limit is checked before the
 * document is validated or executed, so a refused request runs no SQL. The defaults let
 * GraphiQL's introspection and the frontend's queries through; the README explains how they were
 * chosen.
 */
@ConfigMapping(prefix = "analyst.graphql.limits")
public interface QueryLimits {

    /** Largest request: a POST body or a WebSocket message on /graphql (ANALYST_GRAPHQL_LIMITS_MAX_BODY_SIZE). */
    @WithDefault("256K")
    MemorySize maxBodySize();

    /** Most lexical tokens in the query document (ANALYST_GRAPHQL_LIMITS_MAX_TOKENS). */
    @WithDefault("5000")
    int maxTokens();

    /** Most operation definitions in one document; only the one named by operationName runs (ANALYST_GRAPHQL_LIMITS_MAX_OPERATIONS). */
    @WithDefault("10")
    int maxOperations();

    /** Most aliased fields in the operation, counted with its fragments expanded (ANALYST_GRAPHQL_LIMITS_MAX_ALIASES). */
    @WithDefault("30")
    int maxAliases();

    /** Deepest nesting of fields: {@code { actor { name } }} is 2 (ANALYST_GRAPHQL_LIMITS_MAX_DEPTH). */
    @WithDefault("20")
    int maxDepth();

    /** Most objects the response may hold, page sizes multiplied down nested connections (ANALYST_GRAPHQL_LIMITS_MAX_COMPLEXITY). */
    @WithDefault("25000")
    int maxComplexity();
}
