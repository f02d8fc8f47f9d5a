package org.analyst.graphql;

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
        List<KeyedRow> kept = new ArrayList<>(rows.subList(0, Math.min(rows.size(), args.size())));
        if (args.backward()) {
            Collections.reverse(kept);
        }
        List<N> nodes = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        for (KeyedRow row : kept) {
            nodes.add(nodesById.get(row.id()));
            cursors.add(Cursor.encode(order, row.keyTexts()));
        }
        boolean hasNext = args.backward() ? args.before() != null : more;
        boolean hasPrevious = args.backward() ? more : args.after() != null;
        PageInfo info = new PageInfo(hasNext, hasPrevious,
                cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
        return new Page<>(nodes, cursors, info);
    }
}
