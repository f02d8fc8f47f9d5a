package org.analyst.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the nodes of one type by key, always many at once, and resolves them for
 * {@code node(id:)}. Each feature says which rows the reader may see and how a row becomes its
 * GraphQL type.
 *
 * @param <R> the row a node is read from
 * @param <N> the GraphQL type
 */
public abstract class NodeService<R extends NodeRow, N extends Node> implements NodeColumns<N> {

    private final String type;
    private final String columns;
    private final Function<Row, R> reader;

    /**
     * @param columns the row's columns, of the tables its connections select from
     * @param reader reads the row from those columns, by name, of a statement's result
     */
    protected NodeService(String type, String columns, Function<Row, R> reader) {
        this.type = type;
        this.columns = columns;
        this.reader = reader;
    }

    /** The rows with these keys that the current reader may see (keys is never empty). */
    protected abstract List<R> visible(Collection<Long> keys);

    /** The GraphQL type of a row, read in this batch. */
    protected abstract N node(R row, NodeBatch batch);

    @Override
    public String columns() {
        return columns;
    }

    @Override
    public Map<Long, N> nodes(List<Row> rows) {
        return NodeBatch.nodes(rows.stream().map(reader).toList(), this::node);
    }

    /** The visible nodes with these keys, read as one batch. */
    public Map<Long, N> byKeys(Collection<Long> keys) {
        return keys.isEmpty() ? Map.of() : NodeBatch.nodes(visible(keys), this::node);
    }

    public N byKey(long key) {
        return byKeys(List.of(key)).get(key);
    }

    /** The type name that global ids of this kind carry, which node(id:) reads them by. */
    public String type() {
        return type;
    }
}
