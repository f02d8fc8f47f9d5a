package org.analyst.live;

import static org.analyst.graphql.Fixtures.createDraft;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.analyst.graphql.GlobalId;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The outbox's SQL on the real table and triggers: where an instance starting now begins reading. */
@QuarkusTest
@TestProfile(LiveProfile.class)
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    LiveConfig config;

    @Inject
    DataSource database;

    @Test
    void aCursorStartingNowDeliversTheEventOfATransactionStillOpenWhenItCommits() throws Exception {
        long inFlight = GlobalId.keyOf((String) createDraft().get("id"), "Article");
        long committed = GlobalId.keyOf((String) createDraft().get("id"), "Article");
        try (Connection open = database.getConnection()) {
            open.setAutoCommit(false);
            publish(open, inFlight);
            try (Statement now = open.createStatement()) {
                // The event is written now rather than at commit: it takes its id before the next one.
                now.execute("set constraints all immediate");
            }
            try (Connection other = database.getConnection()) {
                publish(other, committed);
            }

            OutboxCursor cursor = outbox.startingCursor(config.gapTimeout(), System.nanoTime());
            assertEquals(List.of(), subjects(cursor.accept(outbox.after(cursor, 100), System.nanoTime())),
                    "the committed event is where the cursor starts; the open one is not readable yet");
            open.commit();
            assertEquals(List.of(inFlight), subjects(cursor.accept(outbox.after(cursor, 100), System.nanoTime())),
                    "committed below the highest id, it is found in the cursor's gaps");
            assertEquals(List.of(), subjects(cursor.accept(outbox.after(cursor, 100), System.nanoTime())), "and only once");
        }
    }

    private static void publish(Connection connection, long article) throws Exception {
        try (PreparedStatement publish = connection.prepareStatement(
                "update article set status = 'PUBLISHED', published_at = now() where id = ?")) {
            publish.setLong(1, article);
            assertEquals(1, publish.executeUpdate());
        }
    }

    private static List<Long> subjects(List<LiveEvent> events) {
        return events.stream().map(LiveEvent::subject).toList();
    }
}
