package org.analyst.actor;

import org.eclipse.microprofile.graphql.NonNull;

public record ActorEdge(@NonNull String cursor, @NonNull Actor node) {
}
