package org.analyst.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.analyst.engine.errors.FaultHandler;
import org.analyst.engine.schema.ExecutedSchema;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.schema.model.Schema;

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

    /** SmallRye's model of that schema: which Java methods answer which fields. */
    @Inject
    Instance<Schema> model;

    @ConfigProperty(name = "quarkus.smallrye-graphql.field-visibility", defaultValue = ExecutedSchema.DEFAULT_VISIBILITY)
    String fieldVisibility;

    GraphQL.Builder install(GraphQL.Builder engine) {
        return engine.schema(ExecutedSchema.executed(schema.get(), model.get(), fieldVisibility))
                .defaultDataFetcherExceptionHandler(new FaultHandler());
    }
}
