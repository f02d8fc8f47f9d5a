package org.analyst.graphql;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The nodes that child rows read together refer to (the actors of a batch of statement targets):
 * each child takes a reference as it is read, and the first one followed reads the nodes of all
 * of them in one statement; none are read when no child's reference is followed.
 */
public final class ReferencedNodes<N> {

    private final Function<Collection<Long>, Map<Long, N>> nodes;
    private final Set<Long> keys = new LinkedHashSet<>();
    private Map<Long, N> loaded;

    /** @param nodes reads the nodes with these keys, all in one statement */
    public ReferencedNodes(Function<Collection<Long>, Map<Long, N>> nodes) {
        this.nodes = nodes;
    }

    /** A reference to the node with this key: null for a null key or a node the reader may not see. */
    public synchronized Supplier<N> to(Long key) {
        if (key == null) {
            return () -> null;
        }
        keys.add(key);
        return () -> get(key);
    }

    private synchronized N get(long key) {
        if (loaded == null) {
            loaded = nodes.apply(keys);
        }
        return loaded.get(key);
    }
}
