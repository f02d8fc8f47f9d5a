package org.analyst.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What a transaction sends with {@code notify_instances} reaches the channel when, and only if, it commits. */
@QuarkusTest
class DatabaseNotificationsTest {

    @Inject
    RecordingChannel channel;

    @Inject
    DatabaseNotifications notifications;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void listening() {
        assertTrue(notifications.isListening());
        channel.forget();
    }

    @Test
    void aCommittedNotificationArrivesAndARolledBackOneNever() throws SQLException, InterruptedException {
        send("rolled back", false);
        send("committed", true);
        send("after", true);

        assertEquals("committed", channel.next());
        assertEquals("after", channel.next());
    }

    private void send(String payload, boolean commit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement notify = connection.prepareStatement("SELECT notify_instances(?, ?)")) {
                notify.setString(1, RecordingChannel.NAME);
                notify.setString(2, payload);
                notify.execute();
            }
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        }
    }
}
