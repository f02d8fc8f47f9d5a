package org.analyst.graphql;

import java.util.List;

/**
 * How the rows of a nested connection belong to a parent row: the parent's table and a
 * condition that refers to it as {@code parent}, e.g. {@code s.speaker_id = parent.id}, with the
 * values of its {@code ?} parameters.
 */
public record ParentLink(String parentTable, String condition, List<Object> values) {

    public ParentLink(String parentTable, String condition) {
        this(parentTable, condition, List.of());
    }
}
