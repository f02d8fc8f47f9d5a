package org.analyst.graphql;

/** Resolves the nodes of one type for {@code node(id:)}; each feature provides one. */
public interface NodeResolver {

    /** The type name that global ids of this kind carry. */
    String type();

    /** The node with this key, or null when there is none (or the reader may not see it). */
    Node node(long key);
}
