package org.analyst.statement;

import org.analyst.graphql.Audit;
import org.analyst.graphql.NodeRow;
import org.analyst.graphql.Row;
import org.analyst.time.PartialDate;

/** The columns of a statement that its GraphQL type shows. */
record StatementRow(Audit audit, Long speakerId, StatementKind kind, StatementMode mode, String summary, String quote,
        PartialDate date, Medium medium, String venue, Attribution attribution, StatementStatus status,
        String sourceUrl) implements NodeRow {

    static final String COLUMNS = Audit.columns("s") + ", s.speaker_id, s.kind, s.mode, s.summary, s.quote, "
            + PartialDate.columns("s.date") + ", s.medium, s.venue, s.attribution, s.status, s.source_url";

    static StatementRow read(Row row) {
        return new StatementRow(row.audit(), row.key(), row.constant(StatementKind.class),
                row.constant(StatementMode.class), row.text(), row.text(), PartialDate.read(row),
                row.constant(Medium.class), row.text(), row.constant(Attribution.class),
                row.constant(StatementStatus.class), row.text());
    }
}
