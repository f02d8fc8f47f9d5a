package org.analyst.caching;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** HTTP caching of anonymous GET reads, the application's own cache of them, and the purge hook. */
@ConfigMapping(prefix = "analyst.http-cache")
public interface CacheConfig {

    /** Cache-Control max-age: how long a browser may reuse a read without asking (ANALYST_HTTP_CACHE_MAX_AGE). */
    @WithDefault("0s")
    Duration maxAge();

    /** Cache-Control s-maxage: how long a shared cache (CDN, reverse proxy) may (ANALYST_HTTP_CACHE_S_MAXAGE). */
    @WithDefault("60s")
    Duration sMaxage();

    /** Cache-Control stale-while-revalidate (ANALYST_HTTP_CACHE_STALE_WHILE_REVALIDATE). */
    @WithDefault("30s")
    Duration staleWhileRevalidate();

    /** Freshness of reads that show or sort by an article's readCount, which changes on every view (ANALYST_HTTP_CACHE_READ_COUNT_MAX_AGE). */
    @WithDefault("10s")
    Duration readCountMaxAge();

    /** Most responses the application keeps for anonymous GET reads; 0 keeps none (ANALYST_HTTP_CACHE_MAX_ENTRIES). */
    @WithDefault("10000")
    int maxEntries();

    /** Most bytes of the Cache-Tag header before node ids give way to their types' keys (ANALYST_HTTP_CACHE_MAX_TAG_HEADER). */
    @WithDefault("4000")
    int maxTagHeader();

    /** Where the keys a committed change touched are POSTed, for a CDN or reverse proxy to purge (ANALYST_HTTP_CACHE_PURGE_URL). */
    Optional<URI> purgeUrl();
}
