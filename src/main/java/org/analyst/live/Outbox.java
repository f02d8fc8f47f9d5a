package org.analyst.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The outbox table {@code live_event} (V4__live.sql): written by PostgreSQL's triggers, read and pruned here. */
@ApplicationScoped
class Outbox {

    @Inject
    DataSource database;

    /**
     * The cursor of an instance starting now: at the highest id written so far, looking for the ids
     * missing below it (at most {@link OutboxCursor#MAX_GAPS}). Such an id is held by a transaction
     * that has not committed yet, or that rolled back; not one below an event older than the gap
     * timeout, which the cursor would have given up by now.
     */
    OutboxCursor startingCursor(Duration gapTimeout, long nowNanos) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        with written as (select coalesce(max(id), 0) as highest from live_event),
                        settled as (select coalesce(max(id), 0) as id from live_event
                                    where created_at < clock_timestamp() - ? * interval '1 millisecond')
                        select w.highest, array(select g.id
                            from generate_series(greatest(s.id, w.highest - ? - 1) + 1, w.highest - 1) as g (id)
                            where not exists (select 1 from live_event e where e.id = g.id) order by g.id) as missing
                        from written w, settled s""")) {
            select.setLong(1, gapTimeout.toMillis());
            select.setInt(2, OutboxCursor.MAX_GAPS);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                Long[] missing = (Long[]) result.getArray("missing").getArray();
                return new OutboxCursor(result.getLong("highest"), List.of(missing), nowNanos);
            }
        }
    }

    /** The events above the cursor's highest id or in its gaps, in id order, at most {@code limit}. */
    List<LiveEvent> after(OutboxCursor cursor, int limit) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("select id, kind, subject_id, readers, editors"
                        + " from live_event where id > ? or id = any(?) order by id limit ?")) {
            select.setLong(1, cursor.highest());
            select.setArray(2, connection.createArrayOf("bigint", cursor.gaps()));
            select.setInt(3, limit);
            List<LiveEvent> events = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    events.add(new LiveEvent(result.getLong("id"), LiveEvent.Kind.valueOf(result.getString("kind")),
                            result.getLong("subject_id"), result.getBoolean("readers"), result.getBoolean("editors")));
                }
            }
            return events;
        }
    }

    /** Deletes the events older than the retention; how many. */
    int prune(Duration retention) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from live_event where created_at < clock_timestamp() - ? * interval '1 millisecond'")) {
            delete.setLong(1, retention.toMillis());
            return delete.executeUpdate();
        }
    }
}
