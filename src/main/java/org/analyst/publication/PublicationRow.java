package org.analyst.publication;

import org.analyst.graphql.Audit;
import org.analyst.graphql.NodeRow;
import org.analyst.time.PartialDate;

/** The columns of a publication that its GraphQL type shows. */
record PublicationRow(Audit audit, String slug, PublicationKind kind, String title, Long seriesId, Long outletId,
        PartialDate date, String url, String description, boolean staffPublication) implements NodeRow {
}
