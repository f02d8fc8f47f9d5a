package org.analyst.live;

/**
 * Where one subscription's events go (a WebSocket connection's operation). Called from the
 * delivery's threads: it must never block, so that a slow subscriber delays no other.
 */
public interface LiveSubscriber {

    /** One result of the subscription, as the JSON of its payload. */
    void deliver(String payload);
}
