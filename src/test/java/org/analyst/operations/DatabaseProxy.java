package org.analyst.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the application and PostgreSQL that a test controls, in the manner of
 * Toxiproxy: {@link #cut()} drops every open connection and refuses new ones (the database is
 * gone, as after a crash or a failover), {@link #restore()} lets connections through again. It
 * listens on an ephemeral port of the loopback interface; a test reaches the database around it
 * through {@link #directUrl()}.
 */
public final class DatabaseProxy implements AutoCloseable {

    private final String directUrl;
    private final URI database;
    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    /** A proxy in front of the PostgreSQL this JDBC URL names. */
    public DatabaseProxy(String jdbcUrl) {
        this.directUrl = jdbcUrl;
        this.database = URI.create(jdbcUrl.substring("jdbc:".length()));
        this.target = new InetSocketAddress(database.getHost(), database.getPort() < 0 ? 5432 : database.getPort());
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "database-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The JDBC URL of the same database through the proxy. */
    public String proxiedUrl() {
        return "jdbc:postgresql://127.0.0.1:" + listener.getLocalPort() + database.getRawPath()
                + (database.getRawQuery() == null ? "" : "?" + database.getRawQuery());
    }

    /** The JDBC URL of the database itself, which {@link #cut()} does not touch. */
    public String directUrl() {
        return directUrl;
    }

    /** Drops every connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        cut = true;
        open.forEach(DatabaseProxy::closeQuietly);
        open.clear();
    }

    public void restore() {
        cut = false;
    }

    @Override
    public void close() {
        cut();
        closeQuietly(listener);
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException closed) {
                return;
            }
            if (cut) {
                closeQuietly(client);
                continue;
            }
            try {
                Socket server = new Socket();
                server.connect(target, 2000);
                open.add(client);
                open.add(server);
                pipe(client, server);
                pipe(server, client);
            } catch (IOException unreachable) {
                closeQuietly(client);
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException dropped) {
                // one side went away: the other goes too, below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "database-proxy-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is all we want
        }
    }
}
