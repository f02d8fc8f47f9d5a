package org.analyst.caching;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.analyst.notifications.NotificationChannel;

/**
 * The keys other instances' committed changes touched, as they notified them: removed from this
 * instance's {@link ResponseCache}. While this instance was not listening it may have missed some,
 * so when it listens again it empties its cache.
 */
@ApplicationScoped
public class CacheChannel implements NotificationChannel {

    @Inject
    ResponseCache cache;

    @Override
    public String name() {
        return Invalidations.CHANNEL;
    }

    @Override
    public void received(String payload) {
        cache.invalidate(List.of(payload.split(",")));
    }

    @Override
    public void listening() {
        cache.clear();
    }
}
