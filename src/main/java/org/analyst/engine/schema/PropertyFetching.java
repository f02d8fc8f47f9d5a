package org.analyst.engine.schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.PropertyDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

/**
 * Reads plain properties (getters, record components, public fields) with graphql-java's
 * {@link PropertyDataFetcher} instead of SmallRye's {@link FieldDataFetcher}, which first fills
 * SmallRye's per-field context (selected sub-fields, path, arguments) that no property reads:
 * a front page reads some 700 properties, and filling those contexts was a measurable share of its CPU
 * (bench/results/NOTES.md).
 *
 * <p>Properties whose value graphql-java's own coercing writes unchanged (objects, also when typed
 * as an interface, as a search hit's {@code node: Node!} is; lists of them, enums and the standard
 * scalars) are read as they are; dates are formatted as the contract's
 * {@code Date} and {@code DateTime} scalars say (ISO-8601, as SmallRye's defaults do).
 */
final class PropertyFetching {

    private static final Set<String> PLAIN_SCALARS = Set.of("String", "ID", "Boolean", "Int", "Float");
    private static final Set<String> DATE_SCALARS = Set.of("Date", "DateTime");

    private PropertyFetching() {
    }

    static GraphQLSchema readingPropertiesDirectly(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry direct = registry.transform(builder -> {
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLObjectType object) {
                    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                        FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                        if (registry.getDataFetcher(coordinates, field) instanceof FieldDataFetcher<?>) {
                            if (writtenUnchanged(field.getType())) {
                                builder.dataFetcher(coordinates, PropertyDataFetcher.fetching(field.getName()));
                            } else if (DATE_SCALARS.contains(scalarName(field.getType()))) {
                                builder.dataFetcher(coordinates, isoDate(field.getName()));
                            }
                        }
                    }
                }
            }
        });
        return schema.transform(builder -> builder.codeRegistry(direct));
    }

    private static boolean writtenUnchanged(GraphQLType type) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
        String scalar = scalarName(type);
        return unwrapped instanceof GraphQLObjectType || unwrapped instanceof GraphQLInterfaceType
                || unwrapped instanceof GraphQLEnumType || (scalar != null && PLAIN_SCALARS.contains(scalar));
    }

    private static String scalarName(GraphQLType type) {
        return GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLScalarType scalar ? scalar.getName() : null;
    }

    /** Reads a date property and writes it in ISO-8601: 2022-09-14, 2023-01-12T09:00:00Z. */
    private static DataFetcher<Object> isoDate(String property) {
        PropertyDataFetcher<Object> read = PropertyDataFetcher.fetching(property);
        return environment -> {
            Object value = read.get(environment);
            if (value instanceof Instant instant) {
                return DateTimeFormatter.ISO_INSTANT.format(instant);
            }
            return value instanceof LocalDate date ? DateTimeFormatter.ISO_LOCAL_DATE.format(date) : value;
        };
    }
}
