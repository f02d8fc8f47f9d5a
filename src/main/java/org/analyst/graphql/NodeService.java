package org.analyst.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.analyst.audit.AuditedEntity;

/**
 * Reads the nodes of one type by key, always many at once, and resolves them for
 * {@code node(id:)}. Each feature says which rows the reader may see and how a row becomes its
 * GraphQL type.
 *
 * @param <E> the entity
 * @param <N> the GraphQL type
 */
public abstract class NodeService<E extends AuditedEntity, N extends Node> implements NodeResolver {

    private final String type;

    protected NodeService(String type) {
        this.type = type;
    }

    /** The rows with these keys that the current reader may see (keys is never empty). */
    protected abstract List<E> visible(Collection<Long> keys);

    protected abstract N node(E entity, Siblings siblings);

    /** The visible nodes with these keys, as siblings of one batch. */
    public Map<Long, N> byKeys(Collection<Long> keys) {
        return keys.isEmpty() ? Map.of() : Siblings.nodes(visible(keys), entity -> entity.id, this::node);
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
