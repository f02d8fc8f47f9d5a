package org.analyst.live;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.analyst.notifications.NotificationChannel;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads the outbox on one thread of its own and hands each batch of new events to the
 * {@link LiveSubscribers}: when a committed transaction notifies the channel {@code live}, when the
 * instance (re)starts listening (catching up on what committed while it was not), and every
 * {@code analyst.live.poll-interval} as a safety net. It also prunes events older than the retention.
 * Events are read by an {@link OutboxCursor}, so each is delivered once, in id order; the cursor
 * starts when the instance does, not at the first read, so that nothing committed in between (or
 * still uncommitted then) is missed.
 */
@ApplicationScoped
public class OutboxReader implements NotificationChannel {

    private static final Logger LOG = Logger.getLogger(OutboxReader.class);
    private static final long PRUNE_EVERY_MILLIS = 60_000;
    private static final long START_WAIT_SECONDS = 30;

    @Inject
    Outbox outbox;

    @Inject
    LiveSubscribers subscribers;

    @Inject
    LiveConfig config;

    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private ScheduledExecutorService thread;
    private volatile OutboxCursor cursor;
    private long lastPrunedMillis;

    void start(@Observes StartupEvent started) {
        if (!config.gapTimeout().minus(config.retention()).isNegative()) {
            throw new IllegalStateException("analyst.live.gap-timeout must be shorter than analyst.live.retention");
        }
        thread = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "live-outbox"));
        // On the reader's thread, as every use of the cursor; waited for, so that it is in place before
        // the instance takes its first subscription.
        try {
            thread.submit(() -> {
                startCursor();
                return null;
            }).get(START_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            LOG.warnf("The live outbox could not be read at start-up (%s); its cursor starts at the first read that succeeds",
                    failed.getCause().getMessage());
        } catch (TimeoutException slow) {
            LOG.warnf("The live outbox was not read within %d s of start-up; its cursor starts when it is", START_WAIT_SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        long poll = config.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::read, poll, poll, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopped) {
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    @Override
    public String name() {
        return "live";
    }

    @Override
    public void received(String payload) {
        wake();
    }

    @Override
    public void listening() {
        wake();
    }

    private void wake() {
        if (thread != null && wakeQueued.compareAndSet(false, true)) {
            thread.execute(() -> {
                wakeQueued.set(false);
                read();
            });
        }
    }

    /** Reads and delivers until the outbox holds nothing new; a failure is retried at the next wake or poll. */
    private void read() {
        try {
            startCursor();
            List<LiveEvent> batch;
            do {
                long now = System.nanoTime();
                cursor.expire(now, config.gapTimeout().toNanos());
                List<LiveEvent> read = outbox.after(cursor, config.batchSize());
                batch = cursor.accept(read, now);
                if (!batch.isEmpty()) {
                    subscribers.deliver(batch);
                }
                if (read.size() < config.batchSize()) {
                    break;
                }
            } while (true);
            prune();
        } catch (Exception failed) {
            LOG.warnf("The live outbox could not be read (%s); it is read again at the next notification or poll",
                    failed.getMessage());
        }
    }

    private void startCursor() throws SQLException {
        if (cursor == null) {
            cursor = outbox.startingCursor(config.gapTimeout(), System.nanoTime());
        }
    }

    private void prune() throws Exception {
        long now = System.currentTimeMillis();
        if (now - lastPrunedMillis >= PRUNE_EVERY_MILLIS) {
            lastPrunedMillis = now;
            int pruned = outbox.prune(config.retention());
            if (pruned > 0) {
                LOG.debugf("Pruned %d live events older than %s", pruned, config.retention());
            }
        }
    }
}
