package org.analyst.graphql;

import java.util.List;

/** A row of a page: its id and its sort key values as cursor text. */
public record KeyedRow(long id, List<String> keyTexts) {
}
