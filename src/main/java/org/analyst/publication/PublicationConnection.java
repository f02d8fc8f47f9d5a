package org.analyst.publication;

import java.util.function.Supplier;

import org.analyst.graphql.Connection;
import org.analyst.graphql.Page;

public class PublicationConnection extends Connection<Publication, PublicationEdge> {

    PublicationConnection(Supplier<Page<Publication>> page, Supplier<Long> totalCount) {
        super(page, totalCount);
    }

    @Override
    protected PublicationEdge edge(String cursor, Publication node) {
        return new PublicationEdge(cursor, node);
    }
}
