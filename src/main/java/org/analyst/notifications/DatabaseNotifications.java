package org.analyst.notifications;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Each instance's one connection that {@code LISTEN}s for every {@link NotificationChannel}: how a
 * change committed through one instance reaches all of them, with PostgreSQL as the only shared
 * piece (no broker). SQL sends with {@code notify_instances(channel, payload)}, in the writing
 * transaction. The connection is its own, outside the pool: it is held for the life of the
 * instance, and the pool's statement and socket timeouts would cut it.
 *
 * <p>A thread waits for notifications and hands each to its channel. When the connection fails
 * (the database restarted, the network broke) it connects again every
 * {@code analyst.notifications.reconnect-delay}, and tells every channel it is {@linkplain
 * NotificationChannel#listening() listening} again. A silent network (no error, no packets) is
 * caught by a {@code SELECT 1} after each {@code analyst.notifications.heartbeat} without
 * notifications, which fails on the connection's socket timeout.
 */
@ApplicationScoped
public class DatabaseNotifications {

    private static final Logger LOG = Logger.getLogger(DatabaseNotifications.class);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @ConfigProperty(name = "analyst.db.schema")
    String schema;

    @ConfigProperty(name = "analyst.notifications.reconnect-delay")
    Duration reconnectDelay;

    @ConfigProperty(name = "analyst.notifications.heartbeat")
    Duration heartbeat;

    @Inject
    @Any
    Instance<NotificationChannel> channelBeans;

    @Inject
    MeterRegistry registry;

    private Map<String, NotificationChannel> channels;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread listener;

    void start(@Observes StartupEvent event) {
        channels = channelBeans.stream().collect(Collectors.toMap(this::listenedName, Function.identity()));
        if (channels.isEmpty()) {
            return;
        }
        registry.gauge("analyst.notifications.listening", this, notifications -> notifications.listening ? 1 : 0);
        running = true;
        listener = new Thread(this::listenUntilShutdown, "database-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (listener != null) {
            closeQuietly(connection);
            listener.join(Duration.ofSeconds(5).toMillis());
        }
    }

    /** Whether this instance's listening connection is up (for health checks and tests). */
    public boolean isListening() {
        return listening;
    }

    /**
     * Channels are per database, schemas share them: the name {@code LISTEN} takes is the schema's
     * and the channel's, as SQL's {@code notify_instances(channel, payload)} (V3_2) sends it.
     */
    private String listenedName(NotificationChannel channel) {
        return schema + ':' + channel.name();
    }

    private void listenUntilShutdown() {
        while (running) {
            try (Connection opened = connect()) {
                connection = opened;
                listen(opened);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Listening for database notifications failed (%s); connecting again in %s",
                            e.getMessage(), reconnectDelay);
                }
            } finally {
                listening = false;
                connection = null;
            }
            pause(reconnectDelay);
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        properties.setProperty("password", password.orElse(""));
        properties.setProperty("currentSchema", schema);
        properties.setProperty("ApplicationName", "analyst notifications");
        properties.setProperty("connectTimeout", "3");
        // Longer than a heartbeat's wait: only a SELECT 1 on a dead network runs into it.
        properties.setProperty("socketTimeout", String.valueOf(Math.max(heartbeat.toSeconds(), 1) * 2));
        Connection opened = new Driver().connect(url, properties);
        if (opened == null) {
            throw new SQLException("Not a PostgreSQL URL: " + url);
        }
        opened.setAutoCommit(true);
        return opened;
    }

    private void listen(Connection opened) throws SQLException {
        try (Statement statement = opened.createStatement()) {
            for (String channel : channels.keySet()) {
                statement.execute("LISTEN \"" + channel.replace("\"", "\"\"") + '"');
            }
        }
        listening = true;
        channels.values().forEach(channel -> notify(channel, NotificationChannel::listening));
        PGConnection postgres = opened.unwrap(PGConnection.class);
        int waitMillis = (int) heartbeat.toMillis();
        while (running) {
            PGNotification[] received = postgres.getNotifications(waitMillis);
            if (received == null || received.length == 0) {
                try (Statement statement = opened.createStatement()) {
                    statement.execute("SELECT 1");
                }
                continue;
            }
            for (PGNotification notification : received) {
                NotificationChannel channel = channels.get(notification.getName());
                if (channel != null) {
                    notify(channel, handler -> handler.received(notification.getParameter()));
                }
            }
        }
    }

    /** A channel's failure is its own: it must not stop the others from hearing theirs. */
    private static void notify(NotificationChannel channel, Consumer<NotificationChannel> call) {
        try {
            call.accept(channel);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Notification channel %s failed", channel.name());
        }
    }

    private void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void closeQuietly(Connection opened) {
        if (opened != null) {
            try {
                opened.close();
            } catch (SQLException ignored) {
                // Closing to stop: the listener thread sees the failure and ends.
            }
        }
    }
}
