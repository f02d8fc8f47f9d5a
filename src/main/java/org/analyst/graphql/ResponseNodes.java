package org.analyst.graphql;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The nodes a response was built from, by global id: every {@link EntityNode} made while a request
 * executes, whether or not the query selects its {@code id}, so that a cached response can be
 * invalidated when one of them changes. The engine executes a request on one worker thread, and
 * SmallRye's data fetchers run on it ({@code runBlocking}), so the nodes are recorded for that thread.
 */
public final class ResponseNodes {

    private static final ThreadLocal<Set<String>> RECORDING = new ThreadLocal<>();

    private ResponseNodes() {
    }

    /** What {@code execution} returns, and the ids of the nodes made meanwhile on this thread. */
    public static <T> Recorded<T> record(Supplier<T> execution) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> outer = RECORDING.get();
        RECORDING.set(ids);
        try {
            return new Recorded<>(execution.get(), ids);
        } finally {
            RECORDING.set(outer);
        }
    }

    static void made(String type, long key) {
        Set<String> ids = RECORDING.get();
        if (ids != null) {
            ids.add(GlobalId.encode(type, key));
        }
    }

    public record Recorded<T>(T value, Set<String> nodeIds) {
    }
}
