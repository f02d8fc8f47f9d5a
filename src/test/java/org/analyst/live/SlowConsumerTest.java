package org.analyst.live;

import static org.analyst.graphql.Fixtures.createDraft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.analyst.graphql.GlobalId;
import org.analyst.graphql.GraphQLWebSocketClient;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A subscriber that stops reading is disconnected once its bounded queue
 * ({@link LiveProfile#MAX_QUEUED_MESSAGES} messages) overflows, and the other subscribers of the
 * instance are served meanwhile.
 *
 * <p>Deterministic by volume, not by timing: the server queues a message only once the socket's
 * buffers are full, and Linux buffers at most {@code net.ipv4.tcp_wmem} (its maximum) on the server's
 * side and {@code net.ipv4.tcp_rmem} on the client's, however it tunes them. So the test publishes, in
 * one transaction, enough articles that their results exceed both together by more than the queue:
 * each result is an article's ~200 KB body selected by 25 aliases.
 */
@QuarkusTest
@TestProfile(LiveProfile.class)
class SlowConsumerTest {

    private static final int PARAGRAPH = 20_000;
    private static final int PARAGRAPHS = 10;
    private static final int ALIASES = 25;
    private static final String BODIES = "subscription { articlePublished { "
            + IntStream.rangeClosed(1, ALIASES).mapToObj(i -> "b" + i + ": body").collect(Collectors.joining(" ")) + " } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    DataSource database;

    @Inject
    MeterRegistry metrics;

    @Test
    void aSubscriberThatStopsReadingIsClosedAndTheOthersKeepReceiving() throws Exception {
        long resultBytes = (long) PARAGRAPH * PARAGRAPHS * ALIASES;
        long articles = socketBuffersAtMost() / resultBytes + LiveProfile.MAX_QUEUED_MESSAGES + 3;
        String paragraph = "Astana weighs its options. ".repeat(PARAGRAPH / 27 + 1).substring(0, PARAGRAPH);
        String[] body = Stream.generate(() -> paragraph).limit(PARAGRAPHS).toArray(String[]::new);
        List<String> drafts = Stream.generate(() -> (String) createDraft(body).get("id")).limit(articles).toList();
        String marker = (String) createDraft().get("id");

        try (LiveClient slow = LiveClient.connect(endpoint, "graphql-transport-ws", null);
                LiveClient reader = LiveClient.connect(endpoint, "graphql-transport-ws", null)) {
            slow.subscribe("bodies", BODIES, Map.of());
            reader.subscribe("a", "subscription { articlePublished { id } }", Map.of());
            double dropped = metrics.get("analyst.live.events.dropped").counter().count();
            slow.stopReading();
            publish(drafts);

            Set<String> received = new HashSet<>();
            for (int i = 0; i < drafts.size(); i++) {
                received.add(articleId(reader.nextResult("a")));
            }
            assertEquals(Set.copyOf(drafts), received, "the reader got every article while the slow subscriber stalled");
            awaitTrue(() -> metrics.get("analyst.live.events.dropped").counter().count() > dropped);

            GraphQLWebSocketClient.Closed closed = slow.readToTheClose();
            assertEquals(1013, closed.code());
            assertTrue(closed.reason().startsWith("Slow consumer: "), closed.reason());
            publish(List.of(marker));
            assertEquals(marker, articleId(reader.nextResult("a")), "and keeps getting them, each once");
        }
    }

    /** What the kernel may buffer on one loopback connection: the server's send and the client's receive buffer at their largest. */
    private static long socketBuffersAtMost() throws IOException {
        return largest("/proc/sys/net/ipv4/tcp_wmem") + largest("/proc/sys/net/ipv4/tcp_rmem");
    }

    private static long largest(String sysctl) throws IOException {
        // Read by line: the size of a file in /proc is 0, and Files.readString stops after one byte.
        String[] minDefaultMax = Files.readAllLines(Path.of(sysctl)).get(0).trim().split("\\s+");
        return Long.parseLong(minDefaultMax[2]);
    }

    /** Publishes the articles in one transaction: one batch of events. */
    private void publish(List<String> articles) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement publish = connection.prepareStatement(
                        "update article set status = 'PUBLISHED', published_at = now() where id = any(?)")) {
            publish.setArray(1, connection.createArrayOf("bigint",
                    articles.stream().map(id -> GlobalId.keyOf(id, "Article")).toArray(Long[]::new)));
            assertEquals(articles.size(), publish.executeUpdate());
        }
    }

    @SuppressWarnings("unchecked")
    private static String articleId(Map<String, Object> result) {
        return (String) ((Map<String, Object>) ((Map<String, Object>) result.get("data")).get("articlePublished")).get("id");
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "condition not met within 60 s");
            Thread.sleep(20);
        }
    }
}
