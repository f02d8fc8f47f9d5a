package org.analyst.engine.persisted;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Persisted queries (Apollo's automatic persisted queries) and the allow-list mode for production. */
@ConfigMapping(prefix = "analyst.graphql.persisted-queries")
public interface PersistedQueryConfig {

    /**
     * Only the operations registered ahead of time run: those in the {@link #operations()} directory
     * (ANALYST_GRAPHQL_PERSISTED_QUERIES_ALLOW_LIST_ONLY). Off by default: any query within the limits runs.
     */
    @WithDefault("false")
    boolean allowListOnly();

    /** The classpath directory whose {@code .graphql} files are the registered operations (ANALYST_GRAPHQL_PERSISTED_QUERIES_OPERATIONS). */
    @WithDefault("web/app/operations")
    String operations();

    /** How many texts clients registered by hash are kept, least recently used first out (ANALYST_GRAPHQL_PERSISTED_QUERIES_MAX_ENTRIES). */
    @WithDefault("2000")
    int maxEntries();
}
