package org.analyst.live;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox of live events is read and kept (README, "Live"). */
@ConfigMapping(prefix = "analyst.live")
public interface LiveConfig {

    /** How long events stay in the outbox: an instance cut from the database longer than this misses some (ANALYST_LIVE_RETENTION). */
    @WithDefault("1H")
    Duration retention();

    /** The outbox is read this often even without a notification: the safety net (ANALYST_LIVE_POLL_INTERVAL). */
    @WithDefault("5S")
    Duration pollInterval();

    /**
     * How long an id skipped in the outbox is looked for (ANALYST_LIVE_GAP_TIMEOUT): longer than a
     * transaction may take to commit once it wrote its events; above the import timeout (600 s).
     */
    @WithDefault("15M")
    Duration gapTimeout();

    /**
     * How many groups of like subscriptions are executed at once for a batch of events, each on a
     * database connection of the pool's (ANALYST_LIVE_DELIVERY_CONCURRENCY): the rest of the pool
     * stays free for requests however many subscribers there are.
     */
    @WithDefault("4")
    int deliveryConcurrency();

    /** Most events read and delivered at once (ANALYST_LIVE_BATCH_SIZE). */
    @WithDefault("500")
    int batchSize();
}
