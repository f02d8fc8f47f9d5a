package org.analyst.caching;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Unremovable;

/**
 * The keys a transaction's changes touch ({@link CacheKeys#changed}), gathered while it runs and
 * published when it commits: to the other instances by {@code notify_instances} (pg_notify) on channel
 * {@value #CHANNEL}, inside the transaction (PostgreSQL delivers a notification at commit, and never
 * for a rollback); to this instance's {@link ResponseCache} after the commit, before the write
 * returns to its caller; and to the {@link PurgeWebhook}.
 */
@ApplicationScoped
@Unremovable // looked up by the entity listener, which is not a bean
public class Invalidations {

    public static final String CHANNEL = "analyst_cache";
    /** PostgreSQL's limit on a notification's payload is 8000 bytes; longer lists go in several. */
    static final int MAX_PAYLOAD = 7900;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ResponseCache cache;

    @Inject
    PurgeWebhook webhook;

    void changed(String type, long key) {
        Touched touched = (Touched) transactions.getResource(Touched.class);
        if (touched == null) {
            touched = new Touched();
            transactions.putResource(Touched.class, touched);
            transactions.registerInterposedSynchronization(touched);
        }
        touched.add(CacheKeys.changed(type, key));
    }

    /** The payloads that carry these keys, comma-separated, each within PostgreSQL's limit. */
    static List<String> payloads(Collection<String> keys) {
        List<String> payloads = new ArrayList<>();
        StringBuilder payload = new StringBuilder();
        for (String key : keys) {
            if (payload.length() > 0 && payload.length() + 1 + key.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD) {
                payloads.add(payload.toString());
                payload.setLength(0);
            }
            payload.append(payload.length() == 0 ? "" : ",").append(key);
        }
        if (payload.length() > 0) {
            payloads.add(payload.toString());
        }
        return payloads;
    }

    private void notifyOthers(Collection<String> keys) {
        // The transaction's own connection: Agroal hands it out again inside the transaction.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("select notify_instances('" + CHANNEL + "', ?)")) {
            for (String payload : payloads(keys)) {
                notify.setString(1, payload);
                notify.execute();
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("The cache invalidation could not be sent", failed);
        }
    }

    /** One transaction's keys; notified before it commits, and those touched later (at a last flush) at once. */
    private final class Touched implements Synchronization {
        private final Set<String> keys = new LinkedHashSet<>();
        private boolean notified;

        void add(Set<String> changed) {
            List<String> fresh = changed.stream().filter(keys::add).toList();
            if (notified && !fresh.isEmpty()) {
                notifyOthers(fresh);
            }
        }

        @Override
        public void beforeCompletion() {
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE && !keys.isEmpty()) {
                notifyOthers(keys);
            }
            notified = true;
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                cache.invalidate(keys);
                webhook.purge(keys);
            }
        }
    }
}
