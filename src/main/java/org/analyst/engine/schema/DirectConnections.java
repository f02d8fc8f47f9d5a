package org.analyst.engine.schema;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.arc.Arc;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * Nested connections (an article's statements, an actor's articles) called without a filter are
 * fetched by calling their {@code @Source} method directly, with the paging arguments as
 * graphql-java coerced them. SmallRye's data fetcher would first fill its per-field context for
 * every parent (the selection below the field, written out as JSON twice), the largest single cost
 * of a front page with twenty articles (bench/results/NOTES.md). With a filter, SmallRye's fetcher
 * runs as usual: it turns the filter's input into its Java class.
 *
 * <p>Which fields qualify is read from SmallRye's model of the schema: source fields whose type is
 * a connection and whose arguments are the paging arguments and at most a filter. The method is
 * the one SmallRye itself calls (and registers for reflection in a native image), so each field is
 * declared once, by its method.
 */
final class DirectConnections {

    private static final Set<String> PAGING_ARGUMENTS = Set.of("first", "after", "last", "before");
    private static final String FILTER = "filter";

    private DirectConnections() {
    }

    /** The registry with a direct fetcher for every nested connection the model declares. */
    static GraphQLCodeRegistry fetchedDirectly(GraphQLSchema schema, Schema model) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        return registry.transform(builder -> {
            for (Type type : model.getTypes().values()) {
                for (Operation field : type.getOperations().values()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(type.getName(), field.getName());
                    if (isNestedConnection(schema, coordinates, field)) {
                        DataFetcher<?> smallRye = registry.getDataFetcher(coordinates,
                                schema.getObjectType(type.getName()).getFieldDefinition(field.getName()));
                        builder.dataFetcher(coordinates, direct(field, smallRye));
                    }
                }
            }
        });
    }

    private static boolean isNestedConnection(GraphQLSchema schema, FieldCoordinates coordinates, Operation field) {
        var object = schema.getObjectType(coordinates.getTypeName());
        var definition = object == null ? null : object.getFieldDefinition(coordinates.getFieldName());
        return definition != null && GraphQLTypeUtil.unwrapAll(definition.getType()).getName().endsWith("Connection")
                && field.getArguments().stream().filter(argument -> !argument.isSourceArgument()).map(Argument::getName)
                        .allMatch(name -> PAGING_ARGUMENTS.contains(name) || name.equals(FILTER))
                && field.getArguments().stream().map(Argument::getName).filter(PAGING_ARGUMENTS::contains).count() == 4;
    }

    private static DataFetcher<Object> direct(Operation field, DataFetcher<?> smallRye) {
        Method method = method(field);
        Object api = Arc.container().instance(method.getDeclaringClass()).get();
        List<Argument> arguments = field.getArguments();
        return environment -> {
            Map<String, Object> given = environment.getArguments();
            if (given.get(FILTER) != null) {
                return smallRye.get(environment);
            }
            Object[] values = new Object[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments.get(i).isSourceArgument() ? environment.getSource() : given.get(arguments.get(i).getName());
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
                parameters[i] = Class.forName(field.getArguments().get(i).getReference().getClassName(), false, loader);
            }
            return Class.forName(field.getClassName(), false, loader).getMethod(field.getMethodName(), parameters);
        } catch (ReflectiveOperationException missing) {
            throw new IllegalStateException("No method for the nested connection " + field.getName(), missing);
        }
    }
}
