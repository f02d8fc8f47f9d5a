package org.analyst.graphql;

import java.util.List;

/**
 * A total order for key-set paging: the sort keys, ending with the unique id that breaks ties,
 * all in one direction so that a row comparison {@code (k1, …, id) < (…)} selects a page.
 * The name goes into cursors so that a cursor of one order is refused by another.
 */
public record SortOrder(String name, boolean descending, List<SortKey> keys) {

    public SortOrder {
        keys = List.copyOf(keys);
        if (keys.isEmpty() || keys.get(keys.size() - 1).type() != SortKey.Type.LONG) {
            throw new IllegalArgumentException("A sort order must end with the id: " + name);
        }
    }

    public static SortOrder ascending(String name, SortKey... keys) {
        return new SortOrder(name, false, List.of(keys));
    }

    public static SortOrder descending(String name, SortKey... keys) {
        return new SortOrder(name, true, List.of(keys));
    }
}
