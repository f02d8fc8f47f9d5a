package org.analyst.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds the lazy page and count of every connection, top-level or nested. Paging arguments
 * and cursors are checked here, before anything is read, so a bad cursor is an error of the
 * field that received it.
 */
@ApplicationScoped
public class ConnectionLoader {

    @Inject
    KeysetPager pager;

    public <N> Supplier<Page<N>> page(ConnectionQuery query, PageArgs args, NodeColumns<N> nodes) {
        checkCursors(query.order(), args);
        return () -> {
            List<KeyedRow> rows = pager.page(query, args, nodes.columns());
            Map<Long, N> loaded = nodes.nodes(Page.onPage(rows, args).stream().map(KeyedRow::node).toList());
            return Page.of(rows, args, query.order(), loaded);
        };
    }

    public Supplier<Long> count(ConnectionQuery query) {
        return () -> pager.count(query);
    }

    /** The page of one parent, read together with the pages of its whole batch. */
    public <N> Supplier<Page<N>> page(NodeBatch batch, long parent, ParentLink link, ConnectionQuery query,
            PageArgs args, NodeColumns<N> nodes) {
        checkCursors(query.order(), args);
        return () -> {
            Map<Long, Page<N>> pages = batch.load(List.of("page", identity(link, query), args), parents -> {
                Map<Long, List<KeyedRow>> rows = pager.pages(query, args, link, parents, nodes.columns());
                Map<Long, N> loaded = nodes.nodes(rows.values().stream()
                        .flatMap(page -> Page.onPage(page, args).stream()).map(KeyedRow::node).toList());
                Map<Long, Page<N>> byParent = new HashMap<>();
                for (Long key : parents) {
                    byParent.put(key, Page.of(rows.getOrDefault(key, List.of()), args, query.order(), loaded));
                }
                return byParent;
            });
            return pages.get(parent);
        };
    }

    /** The size of one parent's connection, counted together with those of its whole batch. */
    public Supplier<Long> count(NodeBatch batch, long parent, ParentLink link, ConnectionQuery query) {
        return () -> batch.<Map<Long, Long>>load(List.of("count", identity(link, query)),
                parents -> pager.counts(query, link, parents)).getOrDefault(parent, 0L);
    }

    /**
     * What a nested connection reads, by value: two fields (or aliases) with the same SQL share
     * one load, any difference in filter or link gives a load of its own.
     */
    private static List<Object> identity(ParentLink link, ConnectionQuery query) {
        return List.of(link, query.from(), query.where().clause(), query.where().values(), query.order().name());
    }

    private static void checkCursors(SortOrder order, PageArgs args) {
        if (args.after() != null) {
            Cursor.decode(order, args.after());
        }
        if (args.before() != null) {
            Cursor.decode(order, args.before());
        }
    }
}
