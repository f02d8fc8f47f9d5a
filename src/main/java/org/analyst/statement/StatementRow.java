package org.analyst.statement;

import org.analyst.graphql.Audit;
import org.analyst.graphql.NodeRow;
import org.analyst.graphql.PartialDateColumns;
import org.analyst.graphql.Row;
import org.analyst.time.PartialDate;

/** The columns of a statement that its GraphQL type shows. */
record StatementRow(Audit audit, Long speakerId, StatementKind kind, StatementMode mode, String summary, String quote,
        PartialDate date, Medium medium, String venue, Attribution attribution, StatementStatus status,
        String sourceUrl) implements NodeRow {

    static final String COLUMNS = Audit.columns("s") + ", s.speaker_id, s.kind, s.mode, s.summary, s.quote, "
            + PartialDateColumns.of("s.date") + ", s.medium, s.venue, s.attribution, s.status, s.source_url";

    static StatementRow read(Row row) {
        return new StatementRow(row.audit(), row.key("speaker_id"), row.constant("kind", StatementKind.class),
                row.constant("mode", StatementMode.class), row.text("summary"), row.text("quote"),
                row.partialDate("date"), row.constant("medium", Medium.class), row.text("venue"),
                row.constant("attribution", Attribution.class), row.constant("status", StatementStatus.class),
                row.text("source_url"));
    }
}
