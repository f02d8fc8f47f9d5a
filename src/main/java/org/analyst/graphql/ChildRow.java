package org.analyst.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A row of a child table read for a batch of parents: the parent's key and the child. */
public record ChildRow<X>(long parent, X value) {

    /** The children grouped by parent, in the order read. */
    public static <X> Map<Long, List<X>> byParent(List<ChildRow<X>> children) {
        Map<Long, List<X>> grouped = new LinkedHashMap<>();
        for (ChildRow<X> child : children) {
            grouped.computeIfAbsent(child.parent(), key -> new ArrayList<>()).add(child.value());
        }
        return grouped;
    }
}
