package org.analyst.engine.limits;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.analyst.graphql.PageArgs;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnmodifiedType;

/**
 * Measures the operation a request will run: its aliases, its depth and its complexity, the
 * number of objects its response may hold. A connection holds as many objects as its page size
 * ({@code first}/{@code last}, 20 by default) and page sizes multiply down nested connections, in
 * the spirit of GitHub's node limit; a list that is not a connection (authors, targets, aliases)
 * counts as {@value #LIST_SIZE} objects, or as the size its {@link ListSize} declares. Scalars cost nothing, and neither does introspection,
 * which the server answers from memory.
 *
 * <p>It works on a parsed document that the GraphQL engine has not validated yet, so that a
 * refused request costs no validation either: unknown fields and fragments count as shape only,
 * a fragment that spreads itself counts once (validation refuses it later), and each fragment is
 * measured once, so that fragments spread within fragments cannot make the measuring explode.
 */
final class QueryCostCalculator {

    static final int LIST_SIZE = 10;
    /** The directive {@link ListSize} declares, as SmallRye names it after the annotation. */
    private static final String LIST_SIZE_DIRECTIVE = "listSize";
    private static final int NOT_A_PAGE = -1;

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Object> variables;
    private final Map<String, Measure> measuredFragments = new HashMap<>();
    private final Set<String> expanding = new HashSet<>();
    private Map<String, Value<?>> variableDefaults = Map.of();

    private QueryCostCalculator(GraphQLSchema schema, Document document, Map<String, Object> variables) {
        this.schema = schema;
        this.variables = variables;
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.putIfAbsent(f.getName(), f));
    }

    /**
     * The cost of the operation named {@code operationName}, or of the only one; when the request
     * does not say which operation runs (an error the engine reports), the costliest one counts.
     */
    static QueryCost cost(GraphQLSchema schema, Document document, String operationName, Map<String, Object> variables,
            int tokens) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        QueryCostCalculator calculator = new QueryCostCalculator(schema, document, variables);
        Measure worst = Measure.NONE;
        for (OperationDefinition operation : runningOperation(document, operationName).map(List::of).orElse(operations)) {
            worst = worst.orWorse(calculator.operation(operation));
        }
        return new QueryCost(tokens, operations.size(), worst.aliases(), worst.depth(), worst.objects());
    }

    /** The operation that runs: the one named {@code operationName}, or the only one. */
    static Optional<OperationDefinition> runningOperation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null) {
            return operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty();
        }
        return operations.stream().filter(op -> operationName.equals(op.getName())).findFirst();
    }

    private Measure operation(OperationDefinition operation) {
        variableDefaults = new HashMap<>();
        for (VariableDefinition variable : operation.getVariableDefinitions()) {
            if (variable.getDefaultValue() != null) {
                variableDefaults.put(variable.getName(), variable.getDefaultValue());
            }
        }
        GraphQLType root = switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        };
        return selections(operation.getSelectionSet(), root, NOT_A_PAGE);
    }

    /** The measure of a selection set on {@code parent} (null when unknown), per parent object. */
    private Measure selections(SelectionSet set, GraphQLType parent, int pageSize) {
        Measure total = Measure.NONE;
        if (set == null) {
            return total;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                total = total.and(field(field, parent, pageSize));
            } else if (selection instanceof InlineFragment inline) {
                GraphQLType on = inline.getTypeCondition() == null ? parent : schema.getType(inline.getTypeCondition().getName());
                total = total.and(selections(inline.getSelectionSet(), on, pageSize));
            } else if (selection instanceof FragmentSpread spread) {
                total = total.and(fragment(spread.getName(), pageSize));
            }
        }
        return total;
    }

    private Measure fragment(String name, int pageSize) {
        String key = name + '@' + pageSize;
        Measure known = measuredFragments.get(key);
        if (known != null) {
            return known;
        }
        FragmentDefinition definition = fragments.get(name);
        if (definition == null || !expanding.add(name)) {
            return Measure.NONE;
        }
        try {
            Measure measure = selections(definition.getSelectionSet(),
                    schema.getType(definition.getTypeCondition().getName()), pageSize);
            measuredFragments.put(key, measure);
            return measure;
        } finally {
            expanding.remove(name);
        }
    }

    private Measure field(Field field, GraphQLType parent, int parentPageSize) {
        int alias = field.getAlias() == null ? 0 : 1;
        GraphQLFieldDefinition definition = field.getName().startsWith("__") || !(parent instanceof GraphQLFieldsContainer fields)
                ? null : fields.getFieldDefinition(field.getName());
        if (definition == null) {
            // Introspection, or a field validation will refuse: its shape counts, its objects do not.
            Measure inner = selections(field.getSelectionSet(), introspectionType(field.getName()), NOT_A_PAGE);
            return new Measure(0, inner.depth() + 1, inner.aliases() + alias);
        }
        GraphQLUnmodifiedType type = GraphQLTypeUtil.unwrapAll(definition.getType());
        if (!(type instanceof GraphQLCompositeType)) {
            return new Measure(0, 1, alias);
        }
        long count = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType()))
                ? listSize(definition, parentPageSize)
                : 1;
        int pageSize = isConnection(type) ? pageSize(field) : NOT_A_PAGE;
        Measure inner = selections(field.getSelectionSet(), type, pageSize);
        return new Measure(Measure.times(count, Measure.plus(1, inner.objects())), inner.depth() + 1, inner.aliases() + alias);
    }

    /** A connection's nodes and edges hold a page; other lists their {@link ListSize}, or {@value #LIST_SIZE}. */
    private static long listSize(GraphQLFieldDefinition definition, int parentPageSize) {
        if (parentPageSize != NOT_A_PAGE) {
            return parentPageSize;
        }
        // SmallRye attaches a field's directives as graphql-java's (deprecated) GraphQLDirective, not as applied ones.
        @SuppressWarnings("deprecation")
        GraphQLDirective bound = definition.getDirective(LIST_SIZE_DIRECTIVE);
        if (bound == null) {
            return LIST_SIZE;
        }
        Object size = bound.getArgument("assumedSize").getArgumentValue().getValue();
        return size instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(size));
    }

    private GraphQLType introspectionType(String fieldName) {
        if (fieldName.equals(Introspection.SchemaMetaFieldDef.getName())) {
            return Introspection.__Schema;
        }
        if (fieldName.equals(Introspection.TypeMetaFieldDef.getName())) {
            return Introspection.__Type;
        }
        return null;
    }

    /** Connections are the types the kernel's {@code Connection} generates: ArticleConnection and the like. */
    private static boolean isConnection(GraphQLUnmodifiedType type) {
        return type.getName().endsWith("Connection");
    }

    /**
     * The page size the connection field asks for. Sizes out of range are refused with
     * BAD_USER_INPUT when the field runs, so here they count as the largest page.
     */
    private int pageSize(Field field) {
        Integer asked = null;
        for (Argument argument : field.getArguments()) {
            if (argument.getName().equals("first") || argument.getName().equals("last")) {
                Integer size = intValue(argument.getValue());
                if (size != null) {
                    asked = asked == null ? size : Math.max(asked, size);
                }
            }
        }
        return asked == null ? PageArgs.DEFAULT_SIZE : Math.max(0, Math.min(asked, PageArgs.MAX_SIZE));
    }

    private Integer intValue(Value<?> value) {
        if (value instanceof IntValue literal) {
            return clamp(new BigDecimal(literal.getValue()));
        }
        if (value instanceof VariableReference reference) {
            Object given = variables.get(reference.getName());
            if (given instanceof Number number) {
                return clamp(new BigDecimal(number.toString()));
            }
            if (given == null && !variables.containsKey(reference.getName())) {
                return intValue(variableDefaults.get(reference.getName()));
            }
        }
        return null;
    }

    private static Integer clamp(BigDecimal number) {
        BigInteger whole = number.toBigInteger();
        return whole.compareTo(BigInteger.valueOf(PageArgs.MAX_SIZE)) > 0 ? PageArgs.MAX_SIZE : whole.max(BigInteger.ZERO).intValue();
    }

    /** Objects per parent object, deepest nesting of fields, aliases. Arithmetic saturates instead of overflowing. */
    private record Measure(long objects, int depth, int aliases) {

        static final Measure NONE = new Measure(0, 0, 0);

        /** Two selections side by side. */
        Measure and(Measure other) {
            return new Measure(plus(objects, other.objects), Math.max(depth, other.depth), aliases + other.aliases);
        }

        /** The worse of two alternative operations, limit by limit. */
        Measure orWorse(Measure other) {
            return new Measure(Math.max(objects, other.objects), Math.max(depth, other.depth), Math.max(aliases, other.aliases));
        }

        static long plus(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }

        static long times(long a, long b) {
            return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
        }
    }
}
