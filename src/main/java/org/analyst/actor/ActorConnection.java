package org.analyst.actor;

import java.util.function.Supplier;

import org.analyst.graphql.Connection;
import org.analyst.graphql.Page;

public class ActorConnection extends Connection<Actor, ActorEdge> {

    ActorConnection(Supplier<Page<Actor>> page, Supplier<Long> totalCount) {
        super(page, totalCount);
    }

    @Override
    protected ActorEdge edge(String cursor, Actor node) {
        return new ActorEdge(cursor, node);
    }
}
