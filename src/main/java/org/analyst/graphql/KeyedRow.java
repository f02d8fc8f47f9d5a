package org.analyst.graphql;

import java.util.List;

/** A row of a page: its id, its sort key values as cursor text, and the row, which holds the node's own columns. */
public record KeyedRow(long id, List<String> keyTexts, Row node) {
}
