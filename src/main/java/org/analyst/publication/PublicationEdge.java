package org.analyst.publication;

import org.eclipse.microprofile.graphql.NonNull;

public record PublicationEdge(@NonNull String cursor, @NonNull Publication node) {
}
