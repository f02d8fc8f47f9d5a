package org.analyst.graphql;

import java.util.List;
import java.util.Map;

/**
 * Reads the nodes of a connection in the statement that pages it: the page selects the node's
 * columns next to its sort keys, so a page is one statement, not a page of keys and a load.
 */
public interface NodeColumns<N> {

    /** The node's columns, of the tables (and aliases) its connections select from. */
    String columns();

    /** The nodes of rows that select {@link #columns()}, read together and so one batch, by key. */
    Map<Long, N> nodes(List<Row> rows);
}
