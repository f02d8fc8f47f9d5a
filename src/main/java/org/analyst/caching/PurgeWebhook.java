package org.analyst.caching;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The purge hook: after a change commits, the keys it touched are POSTed to
 * {@code analyst.http-cache.purge-url} as {@code {"keys": ["Article", "QXJ0aWNsZToy", …]}}, for a
 * CDN or reverse proxy to purge the responses tagged with them (their {@code Cache-Tag} and
 * {@code Surrogate-Key} headers). Sent in the background by the instance that wrote, after the
 * write has returned; a failure is logged, and the cache's s-maxage bounds what it left behind.
 */
@ApplicationScoped
public class PurgeWebhook {

    private static final Logger LOG = Logger.getLogger(PurgeWebhook.class);

    @Inject
    CacheConfig config;

    @Inject
    ObjectMapper json;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    void purge(Collection<String> keys) {
        if (config.purgeUrl().isEmpty() || keys.isEmpty()) {
            return;
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(Map.of("keys", List.copyOf(keys)));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        HttpRequest request = HttpRequest.newBuilder(config.purgeUrl().get()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure != null || response.statusCode() >= 300) {
                LOG.warnf("The purge hook %s did not take %d keys: %s", config.purgeUrl().get(), keys.size(),
                        failure != null ? failure.toString() : "HTTP " + response.statusCode());
            }
        });
    }
}
