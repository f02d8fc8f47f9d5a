package org.analyst.statement;

import java.util.function.Supplier;

import org.analyst.graphql.Connection;
import org.analyst.graphql.Page;

public class StatementConnection extends Connection<Statement, StatementEdge> {

    StatementConnection(Supplier<Page<Statement>> page, Supplier<Long> totalCount) {
        super(page, totalCount);
    }

    @Override
    protected StatementEdge edge(String cursor, Statement node) {
        return new StatementEdge(cursor, node);
    }
}
