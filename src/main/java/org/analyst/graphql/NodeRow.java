package org.analyst.graphql;

/** The columns one node is read from. */
public interface NodeRow {

    Audit audit();

    default long key() {
        return audit().id();
    }
}
