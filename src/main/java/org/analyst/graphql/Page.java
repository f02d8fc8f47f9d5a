package org.analyst.graphql;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** One page of a connection: its nodes in order, a cursor for each, and the page information. */
public record Page<N>(List<N> nodes, List<String> cursors, PageInfo pageInfo) {

    /**
     * Builds the page from rows read in paging direction with one row of look-ahead, and the
     * nodes read with them.
     */
    public static <N> Page<N> of(List<KeyedRow> rows, PageArgs args, SortOrder order, Map<Long, N> nodesById) {
        boolean more = rows.size() > args.size();
        List<KeyedRow> kept = new ArrayList<>(onPage(rows, args));
        if (args.backward()) {
            Collections.reverse(kept);
        }
        List<N> nodes = new ArrayList<>();
        for (KeyedRow row : kept) {
            nodes.add(nodesById.get(row.id()));
        }
        List<String> cursors = new Cursors(kept, order);
        boolean hasNext = args.backward() ? args.before() != null : more;
        boolean hasPrevious = args.backward() ? more : args.after() != null;
        PageInfo info = new PageInfo(hasNext, hasPrevious,
                cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
        return new Page<>(nodes, cursors, info);
    }

    /**
     * The rows on the page, without the look-ahead row: only these become nodes, so that what is
     * read for the nodes' relations and nested pages (a batch's speakers) is not read for it too.
     */
    public static List<KeyedRow> onPage(List<KeyedRow> rows, PageArgs args) {
        return rows.size() > args.size() ? rows.subList(0, args.size()) : rows;
    }

    /** The rows' cursors, each encoded when asked for: a list of nodes shows none of them. */
    private static final class Cursors extends AbstractList<String> {
        private final List<KeyedRow> rows;
        private final SortOrder order;

        Cursors(List<KeyedRow> rows, SortOrder order) {
            this.rows = rows;
            this.order = order;
        }

        @Override
        public String get(int index) {
            return Cursor.encode(order, rows.get(index).keyTexts());
        }

        @Override
        public int size() {
            return rows.size();
        }
    }
}
