package org.analyst.engine.schema;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.stream.Stream;

import io.quarkus.arc.Arc;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;

/**
 * The fields of queries that Java methods answer, root fields ({@code articles}, {@code actor}…)
 * and {@code @Source} fields (an article's statements, the analytics), are fetched by calling their
 * method directly, with the arguments SmallRye's own {@link ArgumentHelper} converts (filters to
 * their Java classes, ids, enums). SmallRye's data fetcher would first fill its per-field context,
 * the whole selection below the field written out as JSON twice, for every parent: the largest
 * single cost of a front page with twenty articles (bench/results/NOTES.md), and a tenth of the CPU
 * samples of a page of 50 people, whose root field sits above every other (JFR). Nothing reads that
 * context: Analyst's code takes what it needs from its arguments and its sources.
 *
 * <p>SmallRye's fetcher still runs where it does more: mutations and subscriptions (input
 * validation, results as they stream), fields whose result it transforms or adapts, and any
 * request whose arguments it cannot convert, so that such a mistake is answered as SmallRye
 * answers it. The method is the one SmallRye itself calls (and registers for reflection in a
 * native image), so each field is declared once, by its method.
 */
final class DirectOperations {

    private DirectOperations() {
    }

    /** The registry with a direct fetcher for every query-side field the model declares a method for. */
    static GraphQLCodeRegistry fetchedDirectly(GraphQLSchema schema, Schema model) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        return registry.transform(builder -> {
            Stream<Field> roots = model.getQueries().stream()
                    .map(query -> new Field(schema.getQueryType().getName(), query));
            Stream<Field> sources = model.getTypes().values().stream()
                    .flatMap(type -> type.getOperations().values().stream().map(field -> new Field(type.getName(), field)));
            Stream.concat(roots, sources).filter(Field::resultUsedAsIs).forEach(field -> {
                var object = schema.getObjectType(field.type());
                var definition = object == null ? null : object.getFieldDefinition(field.operation().getName());
                if (definition != null) { // not removed from the schema served
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, definition);
                    builder.dataFetcher(coordinates, direct(field.operation(), registry.getDataFetcher(object, definition)));
                }
            });
        });
    }

    /** An operation of the model and the GraphQL type it is a field of. */
    private record Field(String type, Operation operation) {

        /** SmallRye would hand the method's result to graphql-java unchanged. */
        boolean resultUsedAsIs() {
            return !operation.hasTransformation() && !operation.isAdaptingTo() && !operation.isAdaptingWith();
        }
    }

    private static DataFetcher<Object> direct(Operation field, DataFetcher<?> smallRye) {
        Method method = method(field);
        Object api = Arc.container().instance(method.getDeclaringClass()).get();
        ArgumentHelper arguments = new ArgumentHelper(field.getArguments());
        return environment -> {
            Object[] values;
            try {
                values = arguments.getArguments(environment).toArray();
            } catch (AbstractDataFetcherException unconvertible) {
                return smallRye.get(environment);
            }
            try {
                return method.invoke(api, values);
            } catch (InvocationTargetException failed) {
                throw failed.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(failed.getCause());
            }
        };
    }

    private static Method method(Operation field) {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?>[] parameters = new Class<?>[field.getArguments().size()];
            for (int i = 0; i < parameters.length; i++) {
                Argument argument = field.getArguments().get(i); // a List<SearchType> is a List, as SmallRye finds it
                parameters[i] = Class.forName(argument.hasWrapper() ? argument.getWrapper().getWrapperClassName()
                        : argument.getReference().getClassName(), false, loader);
            }
            return Class.forName(field.getClassName(), false, loader).getMethod(field.getMethodName(), parameters);
        } catch (ReflectiveOperationException missing) {
            throw new IllegalStateException("No method for the field " + field.getName(), missing);
        }
    }
}
