package org.analyst.engine.schema;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.schema.model.Schema;

/**
 * The schema graphql-java executes: SmallRye's, with plain properties read directly
 * ({@link PropertyFetching}), the fields of queries fetched by their methods directly
 * ({@link DirectOperations}) and, when field visibility is left at its default, graphql-java's
 * default visibility.
 *
 * <p>SmallRye turns the default visibility setting ({@code default}) into a {@link BlockedFields}
 * with that one word as its pattern: it hides nothing, but matches a regular expression against
 * every field graphql-java looks up, twice per field resolved (bench/results/NOTES.md). A
 * configured visibility ({@code no-introspection}, patterns) is kept.
 */
public final class ExecutedSchema {

    public static final String DEFAULT_VISIBILITY = "default";

    private ExecutedSchema() {
    }

    /** @param model SmallRye's model of the schema it built: which Java methods answer which fields */
    public static GraphQLSchema executed(GraphQLSchema built, Schema model, String fieldVisibility) {
        GraphQLSchema properties = PropertyFetching.readingPropertiesDirectly(built);
        GraphQLSchema connections = properties.transform(schema -> schema.codeRegistry(
                DirectOperations.fetchedDirectly(properties, model)));
        if (!DEFAULT_VISIBILITY.equals(fieldVisibility)) {
            return connections;
        }
        GraphQLCodeRegistry visible = connections.getCodeRegistry()
                .transform(registry -> registry.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY));
        return connections.transform(schema -> schema.codeRegistry(visible));
    }
}
