package org.analyst.graphql;

import org.eclipse.microprofile.graphql.NonNull;

/** Relay page information of one connection page. */
public record PageInfo(@NonNull boolean hasNextPage, @NonNull boolean hasPreviousPage, String startCursor,
        String endCursor) {
}
