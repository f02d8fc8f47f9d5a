package org.analyst.graphql;

import java.util.Collection;
import java.util.Map;

/** Loads the nodes of one type by database key, all in one statement. */
@FunctionalInterface
public interface NodeLoader<N> {

    Map<Long, N> byKeys(Collection<Long> keys);
}
