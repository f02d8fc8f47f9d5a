package org.analyst.statement;

import java.util.List;

import org.analyst.graphql.Payload;
import org.analyst.graphql.UserError;
import org.eclipse.microprofile.graphql.Ignore;

public class StatementPayload extends Payload {

    @Ignore
    private final Statement written;

    StatementPayload(Statement written, List<UserError> errors) {
        super(errors);
        this.written = written;
    }

    public Statement getStatement() {
        return written;
    }
}
