package org.analyst.caching;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The application's cache of hot anonymous GET reads (Caffeine, bounded, least valuable out first):
 * the response body with its keys, by (document, operation name, variables). A committed change
 * removes every response holding one of the keys it touched, on the writing instance before the
 * write returns, and on the others when PostgreSQL delivers its notification.
 *
 * <p>A read that ran while a change committed may have read the state before it: such a response
 * is not kept. Every invalidation moves {@link #generation()} on first, and a response is put and
 * then dropped again if the generation moved since its read began, so it cannot outlive an
 * invalidation that ran meanwhile.
 */
@ApplicationScoped
public class ResponseCache {

    @Inject
    CacheConfig config;

    @Inject
    MeterRegistry registry;

    private Cache<Key, CachedResponse> responses;
    private final AtomicLong generation = new AtomicLong();

    /** A read, as the cache knows it: the same document, operation and variables give the same anonymous response. */
    public record Key(String document, String operationName, Map<String, Object> variables) {
    }

    /** A response as it was sent: its body, its entity tag and the keys it is invalidated by. */
    public record CachedResponse(byte[] body, String etag, Set<String> keys, String tagHeader) {

        boolean holdsAny(Collection<String> changed) {
            for (String key : changed) {
                if (keys.contains(key)) {
                    return true;
                }
            }
            return false;
        }
    }

    @PostConstruct
    void create() {
        responses = Caffeine.newBuilder().maximumSize(config.maxEntries()).recordStats().build();
        registry.gauge("analyst.response.cache.size", responses, cache -> cache.estimatedSize());
        FunctionCounter.builder("analyst.response.cache.hits", responses, cache -> cache.stats().hitCount()).register(registry);
        FunctionCounter.builder("analyst.response.cache.misses", responses, cache -> cache.stats().missCount()).register(registry);
    }

    public boolean enabled() {
        return config.maxEntries() > 0;
    }

    public CachedResponse get(Key key) {
        return responses.getIfPresent(key);
    }

    /** Where invalidations stand: take it before a read begins, and give it to {@link #put}. */
    public long generation() {
        return generation.get();
    }

    public void put(Key key, CachedResponse response, long readBegan) {
        responses.put(key, response);
        if (generation.get() != readBegan) {
            responses.asMap().remove(key, response);
        }
    }

    /** Removes every response that holds one of the keys. */
    public void invalidate(Collection<String> changed) {
        generation.incrementAndGet();
        responses.asMap().values().removeIf(response -> response.holdsAny(changed));
    }

    /** Removes every response: invalidations may have been missed (the notifications' connection was lost). */
    public void clear() {
        generation.incrementAndGet();
        responses.invalidateAll();
    }
}
