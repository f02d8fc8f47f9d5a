package org.analyst.engine.schema;

import java.util.Map;
import java.util.function.BiFunction;

import org.analyst.graphql.NestedConnections;
import org.analyst.graphql.PageArgs;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;

/**
 * The schema graphql-java executes: SmallRye's, with plain properties read directly
 * ({@link PropertyFetching}), nested connections without a filter paged directly
 * ({@link NestedConnections}) and, when field visibility is left at its default, graphql-java's
 * default visibility.
 *
 * <p>SmallRye turns the default visibility setting ({@code default}) into a {@link BlockedFields}
 * with that one word as its pattern: it hides nothing, but matches a regular expression against
 * every field graphql-java looks up, twice per field resolved (6% of a front page's CPU,
 * bench/results/NOTES.md). A configured visibility ({@code no-introspection}, patterns) is kept.
 */
public final class ExecutedSchema {

    public static final String DEFAULT_VISIBILITY = "default";

    private ExecutedSchema() {
    }

    public static GraphQLSchema executed(GraphQLSchema built, Iterable<NestedConnections> nested, String fieldVisibility) {
        GraphQLSchema direct = PropertyFetching.readingPropertiesDirectly(built);
        GraphQLCodeRegistry registry = direct.getCodeRegistry();
        GraphQLCodeRegistry executed = registry.transform(builder -> {
            for (NestedConnections connections : nested) {
                connections.pages().forEach((field, page) -> builder.dataFetcher(field,
                        pagedDirectlyWithoutFilter(page, registry.getDataFetcher(field,
                                direct.getObjectType(field.getTypeName()).getFieldDefinition(field.getFieldName())))));
            }
            if (DEFAULT_VISIBILITY.equals(fieldVisibility)) {
                builder.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            }
        });
        return direct.transform(schema -> schema.codeRegistry(executed));
    }

    private static DataFetcher<Object> pagedDirectlyWithoutFilter(BiFunction<Object, PageArgs, Object> page,
            DataFetcher<?> smallRye) {
        return environment -> {
            Map<String, Object> arguments = environment.getArguments();
            if (arguments.get("filter") != null) {
                return smallRye.get(environment);
            }
            return page.apply(environment.getSource(), new PageArgs((Integer) arguments.get("first"),
                    (String) arguments.get("after"), (Integer) arguments.get("last"), (String) arguments.get("before")));
        };
    }
}
