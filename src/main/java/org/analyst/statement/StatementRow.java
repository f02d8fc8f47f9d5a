package org.analyst.statement;

import org.analyst.graphql.Audit;
import org.analyst.graphql.NodeRow;
import org.analyst.time.PartialDate;

/** The columns of a statement that its GraphQL type shows. */
record StatementRow(Audit audit, Long speakerId, StatementKind kind, StatementMode mode, String summary, String quote,
        PartialDate date, Medium medium, String venue, Attribution attribution, StatementStatus status,
        String sourceUrl) implements NodeRow {
}
