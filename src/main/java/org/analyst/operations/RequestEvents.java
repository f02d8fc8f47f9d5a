package org.analyst.operations;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.CDI;

import graphql.GraphQL;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.cdi.event.AfterExecute;
import io.smallrye.graphql.spi.EventingService;

/**
 * Fires SmallRye's CDI events for the engine being built and for each execution's end, and no
 * others: the cost report, the metrics, the error codes and the fault handler observe these.
 *
 * <p>Why not SmallRye's own CDI eventing ({@code quarkus.smallrye-graphql.events.enabled}): it
 * also fires four events for every field fetched, and resolving their observers took a fifth of
 * the CPU of a front-page request (bench/results/NOTES.md). Registered in
 * META-INF/services, which Quarkus also registers for the native image.
 */
public class RequestEvents implements EventingService {

    private volatile Event<Context> executionEnded;

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        CDI.current().getBeanManager().getEvent().select(GraphQL.Builder.class).fire(builder);
        return builder;
    }

    @Override
    public void afterExecute(Context context) {
        if (executionEnded == null) {
            executionEnded = CDI.current().getBeanManager().getEvent().select(Context.class, AfterExecute.LITERAL);
        }
        executionEnded.fire(context);
    }
}
