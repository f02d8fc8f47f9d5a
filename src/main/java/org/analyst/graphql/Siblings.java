package org.analyst.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The objects of one type that were loaded together (one page, one batch). A nested connection
 * asked of one of them is loaded for all of them in one statement and remembered here.
 *
 * <p>Why not SmallRye's {@code @Source List} batching: it calls the batch method with the
 * arguments of the first caller only and caches by source object, so two aliases of one field
 * with different filters or page sizes would share one answer. Remembering results per
 * (field, arguments) on the sibling group keeps every alias right and the statement count
 * independent of the page size.
 */
public final class Siblings {

    private final List<Long> keys;
    private final Map<Object, Object> loaded = new ConcurrentHashMap<>();

    public Siblings(List<Long> keys) {
        this.keys = List.copyOf(keys);
    }

    public static Siblings of(long key) {
        return new Siblings(List.of(key));
    }

    /** Wraps rows loaded together as nodes that know each other as siblings, by key. */
    public static <R, N> Map<Long, N> nodes(List<R> rows, Function<R, Long> key, BiFunction<R, Siblings, N> node) {
        Siblings siblings = new Siblings(rows.stream().map(key).distinct().toList());
        Map<Long, N> nodes = new HashMap<>();
        rows.forEach(row -> nodes.put(key.apply(row), node.apply(row, siblings)));
        return nodes;
    }

    /** The value for these arguments, loaded for all siblings on first use. */
    @SuppressWarnings("unchecked")
    public <T> T load(Object arguments, Function<List<Long>, T> loader) {
        return (T) loaded.computeIfAbsent(arguments, ignored -> loader.apply(keys));
    }
}
