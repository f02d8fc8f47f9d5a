package org.analyst.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.analyst.operations.DatabaseProxy;
import org.analyst.operations.FaultsProfile;
import org.analyst.operations.InjectDatabaseProxy;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The listening connection goes through the same {@link DatabaseProxy} as the pool: cut, the
 * instance stops listening; restored, it listens again by itself, tells its channels so, and
 * receives what is committed from then on.
 */
@QuarkusTest
@TestProfile(FaultsProfile.class)
class NotificationsRecoveryTest {

    @InjectDatabaseProxy
    DatabaseProxy database;

    @Inject
    RecordingChannel channel;

    @Inject
    DatabaseNotifications notifications;

    @Inject
    DataSource dataSource;

    @Test
    void afterAnOutageTheInstanceListensAgainAndSaysSo() throws SQLException, InterruptedException {
        awaitTrue(notifications::isListening);
        int starts = channel.listeningStarts();

        database.cut();
        try {
            awaitTrue(() -> !notifications.isListening());
        } finally {
            database.restore();
        }
        awaitTrue(notifications::isListening);
        awaitTrue(this::poolServesAgain);

        assertEquals(starts + 1, channel.listeningStarts());
        channel.forget();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("SELECT notify_instances(?, 'back')")) {
            notify.setString(1, RecordingChannel.NAME);
            notify.execute();
        }
        assertEquals("back", channel.next());
    }

    /** The pool's connections died in the outage too; each fails once, and is replaced. */
    private boolean poolServesAgain() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT 1")) {
            return select.execute();
        } catch (SQLException e) {
            return false;
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "condition not met within 30 s");
            Thread.sleep(50);
        }
    }
}
