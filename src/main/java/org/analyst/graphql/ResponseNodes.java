package org.analyst.graphql;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The nodes a response was built from: every {@link EntityNode} made while a request
 * executes, whether or not the query selects its {@code id}, so that a cached response can be
 * invalidated when one of them changes. The engine executes a request on one worker thread, and
 * SmallRye's data fetchers run on it ({@code runBlocking}), so the nodes are recorded for that thread.
 * They are recorded by type and key, and their ids encoded only when asked for: most responses
 * (POSTs) are never cached, and encoding the id of every node made took a tenth of the CPU samples
 * of a page of articles with their statements, speakers and targets (JFR).
 */
public final class ResponseNodes {

    private static final ThreadLocal<Set<GlobalId>> RECORDING = new ThreadLocal<>();

    private ResponseNodes() {
    }

    /** What {@code execution} returns, and the nodes made meanwhile on this thread. */
    public static <T> Recorded<T> record(Supplier<T> execution) {
        Set<GlobalId> nodes = new LinkedHashSet<>();
        Set<GlobalId> outer = RECORDING.get();
        RECORDING.set(nodes);
        try {
            return new Recorded<>(execution.get(), nodes);
        } finally {
            RECORDING.set(outer);
        }
    }

    static void made(String type, long key) {
        Set<GlobalId> nodes = RECORDING.get();
        if (nodes != null) {
            nodes.add(new GlobalId(type, key));
        }
    }

    public record Recorded<T>(T value, Set<GlobalId> nodes) {
    }
}
