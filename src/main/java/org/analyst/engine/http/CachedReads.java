package org.analyst.engine.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.analyst.caching.CacheConfig;
import org.analyst.caching.CacheKeys;
import org.analyst.caching.ResponseCache;
import org.analyst.caching.ResponseCache.CachedResponse;
import org.analyst.engine.GraphQLEngine;
import org.analyst.engine.GraphQLEngine.Admitted;
import org.analyst.graphql.GlobalId;
import org.jboss.logging.Logger;

import graphql.ExecutionResult;
import graphql.schema.GraphQLSchema;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * How GET reads are cached. An anonymous query answered without errors is {@code public}: browsers
 * revalidate it after {@code max-age} with its strong {@code ETag} ({@code 304 Not Modified} when
 * it still matches), shared caches keep it {@code s-maxage} and may serve it
 * {@code stale-while-revalidate} longer while they refetch, and it names the keys it is purged by in
 * {@code Cache-Tag} (comma-separated) and {@code Surrogate-Key} (space-separated): see
 * {@link CacheKeys}. Such reads are also kept in the application's {@link ResponseCache}.
 *
 * <p>A read that shows or sorts by an article's read count, which every view changes, is public
 * for {@code read-count-max-age} only and is not kept. A request with an Authorization header
 * (an editor's, who may see drafts) is {@code private, no-store}; a response with errors, and every
 * POST, {@code no-store}. Every GET answer varies by Accept, Authorization and Origin.
 */
@ApplicationScoped
public class CachedReads {

    private static final Logger LOG = Logger.getLogger(CachedReads.class);
    static final String VARY = "Accept, Authorization, Origin";

    @Inject
    GraphQLEngine engine;

    @Inject
    ResponseCache cache;

    @Inject
    CacheConfig config;

    @Inject
    Instance<GraphQLSchema> schema;

    enum Policy {
        /** Cached by anyone, purged by its keys. */
        PUBLIC,
        /** Cached by anyone for a short time: it shows read counts. */
        PUBLIC_BRIEFLY,
        /** An editor's read. */
        PRIVATE,
        /** Errors, mutations, POSTs. */
        NO_STORE
    }

    /** What a GET request is answered with: a kept response, or a result to write, and how it may be cached. */
    record Answer(CachedResponse cached, ExecutionResult result, Policy policy, Set<String> keys,
            ResponseCache.Key key, long readBegan) {

        static Answer uncacheable(ExecutionResult result) {
            return new Answer(null, result, Policy.NO_STORE, Set.of(), null, 0);
        }
    }

    CompletionStage<Answer> answer(RoutingContext context, Admitted admitted, long arrived) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return engine.execute(admitted, authorization, arrived)
                    .thenApply(executed -> new Answer(null, executed.result(), Policy.PRIVATE, Set.of(), null, 0));
        }
        ResponseCache.Key key = new ResponseCache.Key(admitted.document(), admitted.request().operationName(),
                admitted.request().variables());
        CachedResponse kept = cache.enabled() ? cache.get(key) : null;
        if (kept != null) {
            return CompletableFuture.completedFuture(new Answer(kept, null, Policy.PUBLIC, kept.keys(), null, 0));
        }
        long readBegan = cache.generation();
        return engine.execute(admitted, null, arrived).thenApply(executed -> {
            ExecutionResult result = executed.result();
            if (!result.getErrors().isEmpty() || !result.isDataPresent() || !admitted.query().isQuery()) {
                return Answer.uncacheable(result);
            }
            CacheKeys.Dependencies dependencies;
            try {
                dependencies = CacheKeys.of(schema.get(), admitted.query().document(), admitted.request().operationName(),
                        admitted.request().variables());
            } catch (RuntimeException unmeasurable) {
                LOG.debug("A read's cache keys could not be found; it is not cached", unmeasurable);
                return Answer.uncacheable(result);
            }
            Set<String> keys = new LinkedHashSet<>(dependencies.typeKeys());
            keys.addAll(executed.nodeIds());
            return new Answer(null, result, dependencies.readsCounter() ? Policy.PUBLIC_BRIEFLY : Policy.PUBLIC, keys,
                    dependencies.readsCounter() ? null : key, readBegan);
        });
    }

    /** The body to send; a public read's is kept in the application's cache too. */
    byte[] kept(Answer answer, byte[] body) {
        if (answer.key() != null && cache.enabled()) {
            cache.put(answer.key(), new CachedResponse(body, etag(body), answer.keys(), tagHeader(answer.keys())), answer.readBegan());
        }
        return body;
    }

    /** Sets the caching headers; true when the client's copy is current (If-None-Match), for a 304. */
    boolean headers(RoutingContext context, ResponseMediaType media, Answer answer, byte[] body) {
        var headers = context.response().headers();
        if (context.request().method() == io.vertx.core.http.HttpMethod.POST) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            return false;
        }
        headers.set(HttpHeaders.VARY, VARY);
        switch (answer.policy()) {
            case PRIVATE -> headers.set(HttpHeaders.CACHE_CONTROL, "private, no-store");
            case NO_STORE -> headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            case PUBLIC, PUBLIC_BRIEFLY -> {
                boolean briefly = answer.policy() == Policy.PUBLIC_BRIEFLY;
                headers.set(HttpHeaders.CACHE_CONTROL, briefly
                        ? "public, max-age=0, s-maxage=" + config.readCountMaxAge().toSeconds()
                        : "public, max-age=%d, s-maxage=%d, stale-while-revalidate=%d".formatted(config.maxAge().toSeconds(),
                                config.sMaxage().toSeconds(), config.staleWhileRevalidate().toSeconds()));
                String tags = answer.cached() != null ? answer.cached().tagHeader() : tagHeader(answer.keys());
                headers.set("Cache-Tag", tags);
                headers.set("Surrogate-Key", tags.replace(',', ' '));
                String etag = "\"" + (answer.cached() != null ? answer.cached().etag() : etag(body))
                        + (media == ResponseMediaType.JSON ? "" : "-g") + "\"";
                headers.set(HttpHeaders.ETAG, etag);
                return matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag);
            }
        }
        return false;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The keys as one header value within {@code max-tag-header} bytes: past it, the ids of the
     * most numerous type give way to that type's key, which purges every response of that type's
     * objects too (a superset), until the value fits.
     */
    String tagHeader(Set<String> keys) {
        Set<String> tags = new LinkedHashSet<>(keys);
        while (String.join(",", tags).length() > config.maxTagHeader()) {
            Map<String, List<String>> idsByType = tags.stream().filter(CachedReads::isId).collect(Collectors.groupingBy(tag -> GlobalId.decode(tag).type(),
                            LinkedHashMap::new, Collectors.toList()));
            if (idsByType.isEmpty()) {
                break;
            }
            Map.Entry<String, List<String>> most = idsByType.entrySet().stream()
                    .max(Comparator.comparingInt(entry -> entry.getValue().size())).orElseThrow();
            most.getValue().forEach(tags::remove);
            tags.add(most.getKey());
        }
        return String.join(",", tags);
    }

    /** A global id, not a type's key (a type's name does not decode to "Type:key"). */
    private static boolean isId(String tag) {
        try {
            GlobalId.decode(tag);
            return true;
        } catch (RuntimeException notAnId) {
            return false;
        }
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
