package org.analyst.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;

/**
 * The schema graphql-java executes: SmallRye's, with plain properties read directly
 * ({@link PropertyFetching}) and, when field visibility is left at its default, graphql-java's
 * default visibility.
 *
 * <p>SmallRye turns the default setting ({@code default}) into a {@link BlockedFields} with that
 * one word as its pattern: it hides nothing, but matches a regular expression against every field
 * graphql-java looks up, twice per field resolved (6% of a front page's CPU, bench/results/NOTES.md).
 * A configured visibility ({@code no-introspection}, patterns) is kept as SmallRye built it.
 */
@ApplicationScoped
public class ExecutedSchema {

    static final String DEFAULT_VISIBILITY = "default";

    /** The schema SmallRye built, produced once it exists. */
    @Inject
    Instance<GraphQLSchema> schema;

    @ConfigProperty(name = "quarkus.smallrye-graphql.field-visibility", defaultValue = DEFAULT_VISIBILITY)
    String fieldVisibility;

    void install(@Observes GraphQL.Builder engine) {
        engine.schema(executed(schema.get(), fieldVisibility));
    }

    static GraphQLSchema executed(GraphQLSchema built, String fieldVisibility) {
        GraphQLSchema direct = PropertyFetching.readingPropertiesDirectly(built);
        if (!DEFAULT_VISIBILITY.equals(fieldVisibility)) {
            return direct;
        }
        return direct.transform(schema -> schema.codeRegistry(direct.getCodeRegistry().transform(
                registry -> registry.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY))));
    }
}
