package org.analyst.publication;

import org.analyst.graphql.Audit;
import org.analyst.graphql.NodeRow;
import org.analyst.graphql.PartialDateColumns;
import org.analyst.graphql.Row;
import org.analyst.time.PartialDate;

/** The columns of a publication that its GraphQL type shows. */
record PublicationRow(Audit audit, String slug, PublicationKind kind, String title, Long seriesId, Long outletId,
        PartialDate date, String url, String description, boolean staffPublication) implements NodeRow {

    static final String COLUMNS = Audit.columns("p") + ", p.slug, p.kind, p.title, p.series_id, p.outlet_id, "
            + PartialDateColumns.of("p.date") + ", p.url, p.description, p.staff_publication";

    static PublicationRow read(Row row) {
        return new PublicationRow(row.audit(), row.text("slug"), row.constant("kind", PublicationKind.class),
                row.text("title"), row.key("series_id"), row.key("outlet_id"), row.partialDate("date"), row.text("url"),
                row.text("description"), row.bool("staff_publication"));
    }
}
