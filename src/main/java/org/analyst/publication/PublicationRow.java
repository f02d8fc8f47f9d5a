package org.analyst.publication;

import org.analyst.graphql.Audit;
import org.analyst.graphql.NodeRow;
import org.analyst.graphql.Row;
import org.analyst.time.PartialDate;

/** The columns of a publication that its GraphQL type shows. */
record PublicationRow(Audit audit, String slug, PublicationKind kind, String title, Long seriesId, Long outletId,
        PartialDate date, String url, String description, boolean staffPublication) implements NodeRow {

    static final String COLUMNS = Audit.columns("p") + ", p.slug, p.kind, p.title, p.series_id, p.outlet_id, "
            + PartialDate.columns("p.date") + ", p.url, p.description, p.staff_publication";

    static PublicationRow read(Row row) {
        return new PublicationRow(row.audit(), row.text(), row.constant(PublicationKind.class), row.text(), row.key(),
                row.key(), PartialDate.read(row), row.text(), row.text(), row.bool());
    }
}
