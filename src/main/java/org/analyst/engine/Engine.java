package org.analyst.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.analyst.engine.errors.FaultHandler;
import org.analyst.engine.schema.ExecutedSchema;
import org.analyst.engine.schema.ServedSchema;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQL;
import graphql.execution.SubscriptionExecutionStrategy;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.spi.EventingService;

/**
 * Every change Analyst makes to how SmallRye builds its schema and its graphql-java engine, in one
 * place: the schema it serves ({@link ServedSchema}), the schema graphql-java executes
 * ({@link ExecutedSchema}) and how an exception that escapes a field becomes an error
 * ({@link FaultHandler}), in subscriptions as in queries and mutations. {@link EngineHook} calls it while SmallRye builds them. The transports
 * and the limits that every request passes are {@link GraphQLEngine}'s.
 */
@ApplicationScoped
@Named(Engine.NAME)
@Unremovable // looked up by EngineHook, which SmallRye creates through ServiceLoader
public class Engine implements EventingService {

    static final String NAME = "analyst-engine";

    /** The schema SmallRye built, produced once it exists. */
    @Inject
    Instance<GraphQLSchema> schema;

    /** SmallRye's model of that schema: which Java methods answer which fields. */
    @Inject
    Instance<Schema> model;

    @ConfigProperty(name = "quarkus.smallrye-graphql.field-visibility", defaultValue = ExecutedSchema.DEFAULT_VISIBILITY)
    String fieldVisibility;

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder built) {
        return ServedSchema.served(built);
    }

    /**
     * SmallRye gives the subscription strategy an exception handler of its own (its ExceptionHandler,
     * "System error" without a code for a caller's mistake), which the default handler does not
     * replace: the strategy is built again here with the {@link FaultHandler}.
     */
    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder engine) {
        FaultHandler faults = new FaultHandler();
        return engine.schema(ExecutedSchema.executed(schema.get(), model.get(), fieldVisibility))
                .defaultDataFetcherExceptionHandler(faults)
                .subscriptionExecutionStrategy(new SubscriptionExecutionStrategy(faults));
    }
}
