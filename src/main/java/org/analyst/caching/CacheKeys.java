package org.analyst.caching;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.analyst.graphql.GlobalId;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.language.Document;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The keys a cached response is invalidated by, and which a committed change purges:
 *
 * <ul>
 * <li>the global id of every node the response was built from ({@code QXJ0aWNsZToy}), recorded while
 * it executed, so a change to one of them purges it;
 * <li>a type's name ({@code Article}) for every list or lookup of that type the operation holds (a
 * connection, a root field such as {@code article(slug:)}), since any change to an object of the type
 * may change which objects the list holds: a new article purges the front page. Root fields that
 * aggregate (search, network, timeline) depend on every type.
 * </ul>
 *
 * Every change to an object purges its id and its type's key; a change to an article also purges
 * {@code Statement}, since readers see statements through published articles only.
 */
public final class CacheKeys {

    static final String NODE = "Node";
    private static final String COUNTER_FIELD = "readCount";
    private static final String COUNTER_ORDER = "READ_COUNT";

    private CacheKeys() {
    }

    /** What an operation's lists and lookups depend on, and whether it shows or sorts by a read count. */
    public record Dependencies(Set<String> typeKeys, boolean readsCounter) {
    }

    /** The keys a committed change to an object of this type and key purges. */
    public static Set<String> changed(String type, long key) {
        Set<String> keys = new LinkedHashSet<>(List.of(type, GlobalId.encode(type, key)));
        if (type.equals("Article")) {
            keys.add("Statement");
        }
        return keys;
    }

    public static Dependencies of(GraphQLSchema schema, Document document, String operationName, Map<String, Object> variables) {
        Set<String> nodeTypes = new LinkedHashSet<>();
        GraphQLInterfaceType node = (GraphQLInterfaceType) schema.getType(NODE);
        schema.getImplementations(node).forEach(type -> nodeTypes.add(type.getName()));
        Set<String> keys = new LinkedHashSet<>();
        boolean[] counter = {false};
        QueryTraverser.newQueryTraverser().schema(schema).document(document).operationName(operationName)
                .coercedVariables(graphql.execution.CoercedVariables.of(new HashMap<>(variables))).build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        if (field.isTypeNameIntrospectionField() || field.getField().getName().startsWith("__")) {
                            return;
                        }
                        if (field.getField().getName().equals(COUNTER_FIELD)
                                || field.getArguments().values().stream().anyMatch(value -> String.valueOf(value).contains(COUNTER_ORDER))) {
                            counter[0] = true;
                        }
                        GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getFieldDefinition().getType());
                        Collection<String> listed = listedTypes(schema, type, nodeTypes);
                        if (listed != null) {
                            keys.addAll(listed);
                        } else if (field.getParentEnvironment() == null) {
                            keys.addAll(type instanceof GraphQLObjectType object && nodeTypes.contains(object.getName())
                                    ? List.of(object.getName()) : nodeTypes);
                        }
                    }
                });
        return new Dependencies(keys, counter[0]);
    }

    /** The node types a connection lists (all of them for an interface such as a search's Node); null for any other type. */
    private static Collection<String> listedTypes(GraphQLSchema schema, GraphQLType type, Set<String> nodeTypes) {
        if (!(type instanceof GraphQLObjectType connection) || connection.getFieldDefinition("pageInfo") == null) {
            return null;
        }
        GraphQLFieldDefinition nodes = connection.getFieldDefinition("nodes");
        GraphQLType listed = nodes == null ? null : GraphQLTypeUtil.unwrapAll(nodes.getType());
        return listed instanceof GraphQLObjectType object && nodeTypes.contains(object.getName()) ? List.of(object.getName()) : nodeTypes;
    }
}
