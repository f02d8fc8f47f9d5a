package org.analyst.engine;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** Tests only: a field that tells which thread ran the operation's fields, whatever the transport. */
@GraphQLApi
public class ExecutingThreadProbe {

    @Query
    @Description("Tests only: the name of the thread that runs this operation's fields.")
    public String executingThread() {
        return Thread.currentThread().getName();
    }
}
