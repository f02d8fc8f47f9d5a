package org.analyst.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.analyst.engine.errors.FaultHandler;
import org.analyst.engine.schema.ExecutedSchema;
import org.analyst.graphql.NestedConnections;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Unremovable;

/**
 * Every change Analyst makes to how SmallRye's graphql-java engine is built, in one place: the
 * schema it executes ({@link ExecutedSchema}) and how an exception that escapes a field becomes an
 * error ({@link FaultHandler}). {@link EngineHook} calls it while SmallRye builds the engine.
 */
@ApplicationScoped
@Unremovable // looked up by EngineHook, which SmallRye creates through ServiceLoader
public class Engine {

    /** The schema SmallRye built, produced once it exists. */
    @Inject
    Instance<GraphQLSchema> schema;

    @Inject
    Instance<NestedConnections> nestedConnections;

    @ConfigProperty(name = "quarkus.smallrye-graphql.field-visibility", defaultValue = ExecutedSchema.DEFAULT_VISIBILITY)
    String fieldVisibility;

    GraphQL.Builder install(GraphQL.Builder engine) {
        return engine.schema(ExecutedSchema.executed(schema.get(), nestedConnections, fieldVisibility))
                .defaultDataFetcherExceptionHandler(new FaultHandler());
    }
}
