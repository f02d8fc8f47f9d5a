package org.analyst.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The nodes of one type that were read together (one page, one batch). A relation or nested
 * connection asked of one of them is read for all of them in one statement and remembered here,
 * so the statements of a request do not grow with its page sizes.
 *
 * <p>Why not SmallRye's {@code @Source List} batching: it calls the batch method with the
 * arguments of the first caller only, so two aliases of one field with different filters or page
 * sizes would share one answer; and even for a relation without arguments, where that cannot
 * happen, its batch fetcher still fills its per-field context for every parent and adds a data
 * loader: measured slower on a page of articles with their authors (bench/results/NOTES.md).
 * Relations are plain properties of the GraphQL types, read here; nested connections are
 * remembered per (field, arguments).
 */
public final class NodeBatch {

    private final List<? extends NodeRow> rows;
    private final List<Long> keys;
    private final Map<Object, Object> loaded = new ConcurrentHashMap<>();

    private NodeBatch(List<? extends NodeRow> rows) {
        this(rows, rows.stream().map(NodeRow::key).distinct().toList());
    }

    private NodeBatch(List<? extends NodeRow> rows, List<Long> keys) {
        this.rows = rows;
        this.keys = keys;
    }

    /** A node read on its own. */
    public static NodeBatch of(NodeRow row) {
        return new NodeBatch(List.of(row));
    }

    /**
     * Parents that are not nodes but are read together (a network's edges), by key: their nested
     * connections are read for all of them at once, as a node batch's are.
     */
    public static NodeBatch ofKeys(List<Long> keys) {
        return new NodeBatch(List.of(), keys.stream().distinct().toList());
    }

    /** The nodes of rows read together, as one batch, by key (a row read twice is one node). */
    public static <R extends NodeRow, N> Map<Long, N> nodes(List<R> rows, BiFunction<R, NodeBatch, N> node) {
        NodeBatch batch = new NodeBatch(List.copyOf(rows));
        Map<Long, N> nodes = new HashMap<>();
        rows.forEach(row -> nodes.computeIfAbsent(row.key(), key -> node.apply(row, batch)));
        return nodes;
    }

    /** The value for these arguments, loaded for the keys of the whole batch on first use. */
    @SuppressWarnings("unchecked")
    public <T> T load(Object arguments, Function<List<Long>, T> loader) {
        return (T) loaded.computeIfAbsent(arguments, ignored -> loader.apply(keys));
    }

    /** One node's children in a relation, read for the whole batch on first use. */
    public <X> List<X> children(String relation, long key, Function<List<Long>, Map<Long, List<X>>> loader) {
        return load(relation, loader).getOrDefault(key, List.of());
    }

    /**
     * The node one row's foreign key names (null for a null key), read for the foreign keys of
     * the whole batch on first use. {@code R} is the batch's row type: all its rows are.
     */
    @SuppressWarnings("unchecked")
    public <R extends NodeRow, X> X referenced(String relation, Function<R, Long> foreignKey, Long key,
            Function<Collection<Long>, Map<Long, X>> nodes) {
        if (key == null) {
            return null;
        }
        Map<Long, X> byKey = load(relation, ignored -> nodes.apply(((List<R>) rows).stream()
                .map(foreignKey).filter(Objects::nonNull).distinct().toList()));
        return byKey.get(key);
    }
}
