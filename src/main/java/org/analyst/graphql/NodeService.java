package org.analyst.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads the nodes of one type by key, always many at once, and resolves them for
 * {@code node(id:)}. Each feature says which rows the reader may see and how a row becomes its
 * GraphQL type.
 *
 * @param <R> the row a node is read from
 * @param <N> the GraphQL type
 */
public abstract class NodeService<R extends NodeRow, N extends Node> implements NodeResolver, NodeReader<N> {

    private final String type;

    protected NodeService(String type) {
        this.type = type;
    }

    /** The rows with these keys that the current reader may see (keys is never empty). */
    protected abstract List<R> visible(Collection<Long> keys);

    /** The row at the {@link #columns()} of a statement's result. */
    protected abstract R read(Row row);

    protected abstract N node(R row, Siblings siblings);

    @Override
    public Map<Long, N> nodes(List<Row> rows) {
        return Siblings.nodes(rows.stream().map(this::read).toList(), row -> row.audit().id(), this::node);
    }

    /** The visible nodes with these keys, as siblings of one batch. */
    public Map<Long, N> byKeys(Collection<Long> keys) {
        return keys.isEmpty() ? Map.of() : Siblings.nodes(visible(keys), row -> row.audit().id(), this::node);
    }

    public N byKey(long key) {
        return byKeys(List.of(key)).get(key);
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public Node node(long key) {
        return byKey(key);
    }
}
