package org.analyst.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Relay connection whose page and total are read only when a client selects them: a query for
 * {@code totalCount} alone runs one count, a query for nodes alone runs no count.
 *
 * @param <N> the node type
 * @param <E> the edge type (one per node type, so that the schema names it ArticleEdge etc.)
 */
public abstract class Connection<N, E> {

    @Ignore
    private final Supplier<Page<N>> page;
    @Ignore
    private final Supplier<Long> count;

    protected Connection(Supplier<Page<N>> page, Supplier<Long> totalCount) {
        this.page = new Memo<>(page);
        this.count = new Memo<>(totalCount);
    }

    protected abstract E edge(String cursor, N node);

    public @NonNull List<@NonNull E> getEdges() {
        Page<N> current = page.get();
        List<E> edges = new ArrayList<>();
        for (int i = 0; i < current.nodes().size(); i++) {
            edges.add(edge(current.cursors().get(i), current.nodes().get(i)));
        }
        return edges;
    }

    public @NonNull List<@NonNull N> getNodes() {
        return page.get().nodes();
    }

    public @NonNull PageInfo getPageInfo() {
        return page.get().pageInfo();
    }

    @Description("The number of items in the whole filtered set, across all pages.")
    public int getTotalCount() {
        return Math.toIntExact(count.get());
    }

    /** Computes a value once, on first use. */
    private static final class Memo<T> implements Supplier<T> {
        private Supplier<T> source;
        private T value;

        Memo(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public synchronized T get() {
            if (source != null) {
                value = source.get();
                source = null;
            }
            return value;
        }
    }
}
