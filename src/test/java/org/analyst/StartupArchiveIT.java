package org.analyst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged JVM application starts from its class-data archive, launched as the image and
 * bench/run.sh launch it (from its directory, with docker/jvm.options): its own classes and
 * Quarkus's come from the archive's top layer, the one the build made (pom.xml,
 * {@code quarkus.package.jar.aot.enabled}), not from their jars. A JVM that cannot map the
 * archive (none built, jars that are not the ones it names, jvm.options not naming it) loads
 * them from the jars and fails here. Quarkus's {@code quarkus.appcds.generate} stops the
 * application after its static initialisation, before it connects to anything.
 */
class StartupArchiveIT {

    private static final Path APP = Path.of("target", "quarkus-app");

    @Test
    void thePackagedApplicationReadsItsClassesFromItsArchive() throws IOException, InterruptedException {
        assumeTrue(Files.exists(APP.resolve("quarkus-run.jar")), "a JVM build (a native one has no jar)");
        Path log = Path.of("target", "startup-archive.log");
        ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + Path.of("docker", "jvm.options").toAbsolutePath(), "-Xlog:class+load=info",
                "-Dquarkus.appcds.generate=true", "-jar", "quarkus-run.jar")
                .directory(APP.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        // Production has no default database: one must be named, though nothing connects to it.
        launch.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/none");
        Process process = launch.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the application stopped after its static initialisation");
        List<String> loaded = Files.readAllLines(log);
        assertEquals(0, process.exitValue(), "the application's static initialisation ended: see " + log);
        // One of Quarkus's classes and one of ours, both loaded during static initialisation.
        for (String type : List.of("io.quarkus.runtime.Application", "org.analyst.engine.persisted.PersistedQueryConfig")) {
            String line = loaded.stream().filter(text -> text.contains(" " + type + " source: ")).findFirst()
                    .orElse("no line for " + type);
            assertTrue(line.endsWith("source: shared objects file (top)"), "read from app-cds.jsa: " + line);
        }
    }
}
