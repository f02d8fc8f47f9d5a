package org.analyst.caching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A schema of its own for the tests that write and read back through the caches, and a purge hook on a local port. */
public class CachingProfile implements QuarkusTestProfile {

    static final int PURGE_PORT = freePort();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("analyst.db.schema", "analyst_test_caching",
                "analyst.http-cache.purge-url", "http://127.0.0.1:" + PURGE_PORT + "/purge");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
