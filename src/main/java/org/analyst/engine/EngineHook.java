package org.analyst.engine;

import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.inject.spi.CDI;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.spi.EventingService;

/**
 * SmallRye's extension point for building the schema and the engine: it hands {@link Engine} the
 * builders of the schema SmallRye serves and of the graphql-java engine, and listens to nothing
 * else. Registered in META-INF/services, which Quarkus also registers for the native image.
 *
 * <p>The engine is looked up by name and SmallRye's own interface, never by its class: SmallRye
 * keeps the services it loaded at the first start, so after a hot restart in dev mode this hook
 * is the first class loader's, and its {@code Engine} class is no bean of the new application.
 *
 * <p>Why not SmallRye's CDI events ({@code quarkus.smallrye-graphql.events.enabled}), whose
 * {@code @Observes GraphQL.Builder} would do the same: they also fire four events for every field
 * fetched, and resolving their observers was a large share of the CPU of a front-page request
 * (bench/results/NOTES.md).
 */
public class EngineHook implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return engine().beforeSchemaBuild(builder);
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return engine().beforeGraphQLBuild(builder);
    }

    private static EventingService engine() {
        return CDI.current().select(EventingService.class, NamedLiteral.of(Engine.NAME)).get();
    }
}
