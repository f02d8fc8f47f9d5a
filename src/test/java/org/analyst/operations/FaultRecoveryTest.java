package org.analyst.operations;

import static io.restassured.RestAssured.given;
import static org.analyst.graphql.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.analyst.engine.errors.FaultHandler;
import org.analyst.graphql.GraphQLClient.Response;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The database goes away while the application serves requests, and comes back: requests in
 * between fail fast with a clear error that leaks nothing, readiness goes DOWN and UP again, and
 * the application serves correctly afterwards without a restart. Also: a query past the
 * statement timeout, a full pool, and an internal error with its id in the log.
 */
@QuarkusTest
@TestProfile(FaultsProfile.class)
class FaultRecoveryTest {

    private static final String QUERY = """
            { actor(slug: "kazakhstan") { name statementsAbout(first: 3) { totalCount nodes { summary } } } }""";
    /** Words that would show that SQL, classes or infrastructure leaked into a message. */
    private static final List<String> LEAKS = List.of("sql", "select", "exception", "org.", "java.", "hibernate",
            "agroal", "postgres", "127.0.0.1", "column", "relation", "jdbc");

    @InjectDatabaseProxy
    DatabaseProxy database;

    @Inject
    DataSource dataSource;

    @Test
    void anOutageFailsFastAndTheApplicationRecoversWithoutRestart() throws InterruptedException {
        assertServes();
        assertReady(true);

        database.cut();
        try {
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                Response response = query(QUERY);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals("SERVICE_UNAVAILABLE", response.errorCode());
                assertLeaksNothing(response.errorMessage());
                assertTrue(millis < 5000, "a request during the outage fails fast, took " + millis + " ms");
                System.out.printf("Request during the outage failed after %d ms%n", millis);
            }
            assertReady(false);
        } finally {
            database.restore();
        }

        long restored = System.nanoTime();
        long firstSuccess = -1;
        int failedAfterwards = 0;
        while (firstSuccess < 0 && System.nanoTime() - restored < 30_000_000_000L) {
            if (query(QUERY).errors().isEmpty()) {
                firstSuccess = (System.nanoTime() - restored) / 1_000_000;
            } else {
                failedAfterwards++;
                Thread.sleep(20);
            }
        }
        assertTrue(firstSuccess >= 0, "the application serves again after the database returns");
        long ready = -1;
        while (ready < 0 && System.nanoTime() - restored < 30_000_000_000L) {
            if (given().get("/q/health/ready").statusCode() == 200) {
                ready = (System.nanoTime() - restored) / 1_000_000;
            } else {
                Thread.sleep(20);
            }
        }
        System.out.printf("After the database returned: first successful query after %d ms (%d failed before it),"
                + " ready after %d ms%n", firstSuccess, failedAfterwards, ready);
        assertTrue(ready >= 0, "readiness is UP again");
        for (int i = 0; i < 20; i++) {
            assertServes();
        }
    }

    @Test
    void aQueryPastTheStatementTimeoutIsStopped() throws SQLException {
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("lock table actor in access exclusive mode");
            }
            long start = System.nanoTime();
            Response response = query(QUERY);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("QUERY_TIMEOUT", response.errorCode());
            assertLeaksNothing(response.errorMessage());
            assertTrue(millis >= 900 && millis < 4000, "stopped by the one-second statement timeout, took " + millis + " ms");
            lock.rollback();
        }
        assertServes();
    }

    @Test
    void aFullPoolFailsFastWithServiceUnavailable() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < FaultsProfile.POOL_SIZE; i++) {
                held.add(dataSource.getConnection());
            }
            long start = System.nanoTime();
            Response response = query(QUERY);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("SERVICE_UNAVAILABLE", response.errorCode());
            assertTrue(millis < 5000, "waits the acquisition timeout at most, took " + millis + " ms");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertServes();
    }

    @Test
    void anInternalErrorCarriesAnIdThatTheLogHoldsNextToTheException() throws SQLException {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(FaultHandler.class.getName());
        log.addHandler(capture);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("alter table actor rename column description to description_gone");
            try {
                Response response = query("{ actor(slug: \"kazakhstan\") { name } }");
                assertEquals("INTERNAL_SERVER_ERROR", response.errorCode());
                String errorId = response.errorExtension("errorId");
                assertNotNull(errorId);
                assertTrue(response.errorMessage().contains(errorId), "the message quotes the id");
                assertLeaksNothing(response.errorMessage());
                assertFalse(response.json().prettify().contains("description_gone"), "nothing of the SQL error in the response");

                LogRecord record = logged.stream().filter(r -> ((ExtLogRecord) r).getFormattedMessage().contains(errorId))
                        .findFirst().orElseThrow(() -> new AssertionError("no log line with the error id"));
                assertNotNull(record.getThrown(), "the log line holds the exception");
                assertTrue(causes(record.getThrown()).contains("description"), "the logged exception says what went wrong");
            } finally {
                statement.execute("alter table actor rename column description_gone to description");
            }
        } finally {
            log.removeHandler(capture);
        }
        assertServes();
    }

    private static void assertServes() {
        Response response = query(QUERY).ok();
        assertEquals("Kazakhstan", response.data("actor.name"));
    }

    private static void assertReady(boolean up) {
        given().get("/q/health/ready").then().statusCode(up ? 200 : 503).body("status", equalTo(up ? "UP" : "DOWN"));
    }

    private static void assertLeaksNothing(String message) {
        for (String leak : LEAKS) {
            assertFalse(message.toLowerCase().contains(leak), "'" + leak + "' in: " + message);
        }
    }

    private static String causes(Throwable thrown) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
