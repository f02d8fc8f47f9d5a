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

    /** The highest id written so far: where an instance starting now begins. */
    long highestId() throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("select coalesce(max(id), 0) from live_event");
                ResultSet result = select.executeQuery()) {
            result.next();
            return result.getLong(1);
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
