package org.analyst.statement;

import org.eclipse.microprofile.graphql.NonNull;

public record StatementEdge(@NonNull String cursor, @NonNull Statement node) {
}
