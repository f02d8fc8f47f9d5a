package org.analyst.live;

import static org.analyst.graphql.Fixtures.createDraft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.ArrayList;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.analyst.graphql.GlobalId;
import org.analyst.notifications.DatabaseNotifications;
import org.analyst.operations.DatabaseProxy;
import org.analyst.operations.FaultsProfile;
import org.analyst.operations.InjectDatabaseProxy;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Live delivery when the database fails under it, with the application's connections behind the
 * {@link DatabaseProxy} and a one-second statement timeout: what commits while the instance is cut
 * off arrives once it is back, and a subscription group whose read fails for a moment is run again.
 * Events are committed directly in PostgreSQL, around the proxy, so they commit while it is cut.
 */
@QuarkusTest
@TestProfile(FaultsProfile.class)
class LiveRecoveryTest {

    private static final String ARTICLES = "subscription { articlePublished { id } }";
    /** Its sections are read for each event, from a table a test can lock without blocking the publication. */
    private static final String WITH_SECTIONS = "subscription { articlePublished { id sections { heading } } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @InjectDatabaseProxy
    DatabaseProxy proxy;

    @Inject
    DatabaseNotifications notifications;

    @Inject
    DataSource pool;

    @ConfigProperty(name = "analyst.db.schema")
    String schema;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @Test
    void whatCommitsWhileTheInstanceIsCutOffArrivesOnceItIsBack() throws Exception {
        List<String> drafts = List.of(draft(), draft(), draft());
        String marker = draft();
        try (LiveClient reader = LiveClient.connect(endpoint, "graphql-transport-ws", null)) {
            reader.subscribe("a", ARTICLES, Map.of());
            proxy.cut();
            try {
                awaitTrue(() -> !notifications.isListening());
                try (Connection direct = direct()) {
                    for (String draft : drafts) {
                        publish(direct, draft);
                    }
                }
            } finally {
                proxy.restore();
            }
            for (String draft : drafts) {
                assertEquals(draft, articleId(reader.nextResult("a")), "in the order they committed");
            }
            try (Connection direct = direct()) {
                publish(direct, marker);
            }
            assertEquals(marker, articleId(reader.nextResult("a")), "each once: the next event is the marker");
        }
    }

    @Test
    void aGroupWhoseReadTimesOutIsRunAgain() throws Exception {
        String draft = draft();
        try (LiveClient reader = LiveClient.connect(endpoint, "graphql-transport-ws", null);
                Connection lock = direct();
                Connection direct = direct()) {
            reader.subscribe("a", WITH_SECTIONS, Map.of());
            lockSections(lock);
            publish(direct, draft);
            awaitBlockedReadsOfSections(2);
            lock.rollback();

            Map<String, Object> result = reader.nextResult("a");
            assertNull(result.get("errors"), "the second run read the sections");
            assertEquals(draft, articleId(result));
        }
    }

    @Test
    void afterItsLastRunFailsTheGroupReceivesTheErrorAndStaysSubscribed() throws Exception {
        String failed = draft();
        String marker = draft();
        try (LiveClient reader = LiveClient.connect(endpoint, "graphql-transport-ws", null);
                Connection lock = direct();
                Connection direct = direct()) {
            reader.subscribe("a", WITH_SECTIONS, Map.of());
            lockSections(lock);
            publish(direct, failed);
            awaitBlockedReadsOfSections(LiveSubscribers.ATTEMPTS);
            Map<String, Object> result = reader.nextResult("a");
            lock.rollback();

            @SuppressWarnings("unchecked")
            List<Map<String, Map<String, Object>>> errors = (List<Map<String, Map<String, Object>>>) result.get("errors");
            assertEquals("QUERY_TIMEOUT", errors.get(0).get("extensions").get("code"), result.toString());
            publish(direct, marker);
            assertEquals(marker, articleId(reader.nextResult("a")));
        }
    }

    /** The pool's connections that died in an outage fail once each and are replaced: the next test finds them sound. */
    @AfterEach
    void thePoolServesAgain() throws InterruptedException {
        awaitTrue(this::everyPooledConnectionServes);
    }

    private boolean everyPooledConnectionServes() {
        List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < FaultsProfile.POOL_SIZE; i++) {
                Connection connection = pool.getConnection();
                borrowed.add(connection);
                try (Statement select = connection.createStatement()) {
                    select.execute("select 1");
                }
            }
            return true;
        } catch (SQLException dead) {
            return false;
        } finally {
            borrowed.forEach(LiveRecoveryTest::closeQuietly);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // returned to the pool, or dropped by it
        }
    }

    /** A connection to the database itself, around the proxy, in the application's schema. */
    private Connection direct() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("currentSchema", schema);
        return DriverManager.getConnection(proxy.directUrl(), properties);
    }

    private static String draft() {
        return (String) createDraft().get("id");
    }

    private static void publish(Connection connection, String article) throws SQLException {
        try (PreparedStatement publish = connection.prepareStatement(
                "update article set status = 'PUBLISHED', published_at = now() where id = ?")) {
            publish.setLong(1, GlobalId.keyOf(article, "Article"));
            assertEquals(1, publish.executeUpdate());
        }
    }

    /** Every read of the sections waits for this transaction, until the statement timeout cancels it. */
    private static void lockSections(Connection lock) throws SQLException {
        lock.setAutoCommit(false);
        try (Statement statement = lock.createStatement()) {
            statement.execute("lock table article_section in access exclusive mode");
        }
    }

    /** Waits until this many reads of the sections (statements told apart by backend and start) waited for the lock. */
    private void awaitBlockedReadsOfSections(int reads) throws Exception {
        Set<String> seen = new HashSet<>();
        try (Connection observer = direct();
                PreparedStatement waiting = observer.prepareStatement("""
                        select pid, query_start from pg_stat_activity
                        where datname = current_database() and wait_event_type = 'Lock' and query like '%from article_section%'""")) {
            awaitTrue(() -> {
                try (ResultSet rows = waiting.executeQuery()) {
                    while (rows.next()) {
                        seen.add(rows.getInt("pid") + "@" + rows.getTimestamp("query_start"));
                    }
                    return seen.size() >= reads;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static String articleId(Map<String, Object> result) {
        return (String) ((Map<String, Object>) ((Map<String, Object>) result.get("data")).get("articlePublished")).get("id");
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "condition not met within 30 s");
            Thread.sleep(20);
        }
    }
}
