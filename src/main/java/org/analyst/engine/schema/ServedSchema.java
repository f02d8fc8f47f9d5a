package org.analyst.engine.schema;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SchemaTransformer;
import graphql.schema.TypeResolver;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * The schema SmallRye builds, as Analyst serves it (at /graphql/schema.graphql, to introspection,
 * to graphql-java): without the directives SmallRye always defines and neither prints nor lets
 * clients see ({@code @constraint} for Bean Validation, {@code @rolesAllowed}), whose arguments
 * alone brought the scalars {@code BigInteger} and {@code BigDecimal} into a schema that uses
 * neither; and with the date scalars described as the contract has them, their arguments checked
 * against the contract's formats ({@link CheckedDateCoercing}).
 *
 * <p>Transforming the schema builds new instances of the types it changes. SmallRye's type
 * resolvers answer with the instances it built, which graphql-java would then not recognise as
 * the types of the schema it runs: they are asked for the type by name, in the schema at hand.
 */
public final class ServedSchema {

    private static final Set<String> UNSEEN_DIRECTIVES = Set.of("constraint", "rolesAllowed");
    private static final Map<String, DateScalar> DATES = Map.of(
            "Date", new DateScalar("An ISO-8601 calendar date: 2022-09-14.",
                    "https://scalars.graphql.org/andimarek/local-date", DateTimeFormatter.ISO_LOCAL_DATE,
                    "date such as 2022-09-14"),
            "DateTime", new DateScalar("An ISO-8601 instant with its offset: 2023-01-12T09:00:00Z.",
                    "https://scalars.graphql.org/andimarek/date-time", DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                    "instant with its offset such as 2023-01-12T09:00:00Z"));

    /** A date scalar as the contract describes it, and the format its arguments are checked against ({@link CheckedDateCoercing}). */
    private record DateScalar(String description, String specification, DateTimeFormatter format, String example) {
    }

    private ServedSchema() {
    }

    public static GraphQLSchema.Builder served(GraphQLSchema.Builder built) {
        GraphQLSchema served = withoutUnseenDirectives(built.build());
        return GraphQLSchema.newSchema(served).codeRegistry(served.getCodeRegistry().transform(registry -> {
            for (GraphQLNamedType type : served.getAllTypesAsList()) {
                if (type instanceof GraphQLInterfaceType interfaceType) {
                    registry.typeResolver(interfaceType, byName(served.getCodeRegistry().getTypeResolver(interfaceType)));
                } else if (type instanceof GraphQLUnionType union) {
                    registry.typeResolver(union, byName(served.getCodeRegistry().getTypeResolver(union)));
                }
            }
        }));
    }

    private static TypeResolver byName(TypeResolver smallRye) {
        return environment -> environment.getSchema().getObjectType(smallRye.getType(environment).getName());
    }

    private static GraphQLSchema withoutUnseenDirectives(GraphQLSchema built) {
        return SchemaTransformer.transformSchema(built, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLAppliedDirective(GraphQLAppliedDirective directive,
                    TraverserContext<GraphQLSchemaElement> context) {
                return UNSEEN_DIRECTIVES.contains(directive.getName()) ? deleteNode(context) : TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitGraphQLDirective(GraphQLDirective directive,
                    TraverserContext<GraphQLSchemaElement> context) {
                return UNSEEN_DIRECTIVES.contains(directive.getName()) ? deleteNode(context) : TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
                DateScalar date = DATES.get(scalar.getName());
                return date == null ? TraversalControl.CONTINUE
                        : changeNode(context, scalar.transform(builder -> builder.description(date.description())
                                .specifiedByUrl(date.specification())
                                .coercing(new CheckedDateCoercing(scalar.getCoercing(), date.format(), date.example()))));
            }
        });
    }
}
