package org.analyst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged JVM application starts from its class-data archive, as docker/jvm.options maps it
 * (pom.xml, {@code quarkus.package.jar.aot.enabled}). {@code -Xshare:on} makes a JVM that cannot
 * map the archive fail instead of quietly loading every class: a build without the archive, or
 * whose jars are not the ones it names, fails here. Quarkus's {@code quarkus.appcds.generate}
 * stops the application after its static initialisation, before it connects to anything.
 */
class StartupArchiveIT {

    private static final Path APP = Path.of("target", "quarkus-app");

    @Test
    void thePackagedApplicationMapsItsClassDataArchive() throws IOException, InterruptedException {
        assumeTrue(Files.exists(APP.resolve("quarkus-run.jar")), "a JVM build (a native one has no jar)");
        Path log = Path.of("target", "startup-archive.log");
        ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + Path.of("docker", "jvm.options").toAbsolutePath(), "-Xshare:on", "-Dquarkus.appcds.generate=true",
                "-jar", "quarkus-run.jar")
                .directory(APP.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        // Production has no default database: one must be named, though nothing connects to it.
        launch.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/none");
        Process process = launch.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the application stopped after its static initialisation");
        assertEquals(0, process.exitValue(), "the JVM mapped app-cds.jsa: " + Files.readString(log));
    }
}
