package org.analyst;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * A second instance of the packaged application (the jar, or the native executable of a native
 * build), beside the one the test framework started with {@link TwoInstancesProfile}: on the same
 * database and schema, without loading the sample data again, on a free port. Its output goes to
 * {@code target/second-instance.log}.
 */
public final class SecondInstance implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final int port;

    private SecondInstance(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts it and returns once it is ready. */
    public static SecondInstance start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        Path nativeImage = Path.of(System.getProperty("native.image.path", "none"));
        List<String> command = Files.exists(jar)
                ? List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                : List.of(nativeImage.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "second-instance.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", PackagedAppProfile.DATABASE);
        env.put("ANALYST_DB_SCHEMA", TwoInstancesProfile.SCHEMA);
        env.put("ANALYST_SAMPLE_DATA_ENABLED", "false");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("MP_JWT_VERIFY_ISSUER", TwoInstancesProfile.ISSUER);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TwoInstancesProfile.PUBLIC_KEY);
        SecondInstance second = new SecondInstance(builder.start(), port);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!second.ready()) {
            assertTrue(second.process.isAlive() && Instant.now().isBefore(deadline),
                    "the second instance started: see target/second-instance.log");
            Thread.sleep(250);
        }
        return second;
    }

    /** Requests to this instance. */
    public RequestSpecification given() {
        return RestAssured.given().port(port);
    }

    /** Its GraphQL endpoint, over HTTP (a WebSocket client turns it into ws://). */
    public URI graphql() {
        return URI.create("http://localhost:" + port + "/graphql");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private boolean ready() {
        try {
            return given().get("/q/health/ready").statusCode() == 200;
        } catch (Exception notYet) { // rest-assured throws ConnectException undeclared
            return false;
        }
    }
}
