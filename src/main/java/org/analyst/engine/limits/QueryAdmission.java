package org.analyst.engine.limits;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.analyst.engine.errors.Refusal;
import org.analyst.graphql.ErrorCode;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;

/**
 * Admits a GraphQL document to run, or refuses it: it parses the document under the token limit
 * and measures the operation that will run (operations, depth, aliases, complexity) before
 * graphql-java validates or executes anything, for every transport alike.
 *
 * <p>Why not graphql-java's {@code MaxQueryDepthInstrumentation} and
 * {@code MaxQueryComplexityInstrumentation}: their {@code QueryTraverser} descends into each
 * fragment once however often it is spread (graphql-java #1695), so ten aliases spread four
 * times count as ten, and a page-sized selection in a fragment shared by many connections is
 * counted once; {@link QueryCostCalculator} counts every spread. They also run only after
 * validation, which a refused document should not cost.
 */
@ApplicationScoped
public class QueryAdmission {

    @Inject
    QueryLimits limits;

    /** SmallRye produces the schema once it has built it, which may be after this bean is created. */
    @Inject
    Instance<GraphQLSchema> schemaProducer;

    private volatile GraphQLSchema schema;
    private ParsedDocuments documents;

    @PostConstruct
    void createDocumentCache() {
        documents = new ParsedDocuments(limits.maxTokens());
    }

    /** The query admitted to run, measured; a {@link Refusal} when it breaks a limit. */
    public AdmittedQuery admit(String query, String operationName, Map<String, Object> variables) {
        ParsedDocuments.ParsedDocument parsed = documents.of(query);
        QueryCost cost = QueryCostCalculator.cost(schema(), parsed.document(), operationName, variables, parsed.tokens());
        check(cost);
        Optional<OperationDefinition> running = QueryCostCalculator.runningOperation(parsed.document(), operationName);
        return new AdmittedQuery(parsed.document(), cost, running.map(QueryAdmission::label).orElse("unknown"),
                running.map(operation -> operation.getOperation().name().toLowerCase(Locale.ROOT)).orElse("unknown"));
    }

    /** The document, parsed under the token limit (or remembered), or a refusal saying why it does not parse. */
    public Document parse(String query) {
        return documents.of(query).document();
    }

    /** The cost as clients see it in {@code extensions.cost}, next to the limits. */
    public Map<String, Object> report(QueryCost cost) {
        return cost.asExtension(limits);
    }

    private void check(QueryCost cost) {
        if (cost.operations() > limits.maxOperations()) {
            throw overLimit(ErrorCode.TOO_MANY_OPERATIONS, "The document holds %d operations; at most %d are allowed"
                    .formatted(cost.operations(), limits.maxOperations()), cost);
        }
        if (cost.depth() > limits.maxDepth()) {
            throw overLimit(ErrorCode.QUERY_TOO_DEEP, "The query nests fields %d deep; at most %d are allowed"
                    .formatted(cost.depth(), limits.maxDepth()), cost);
        }
        if (cost.aliases() > limits.maxAliases()) {
            throw overLimit(ErrorCode.TOO_MANY_ALIASES, "The query uses %d aliases; at most %d are allowed"
                    .formatted(cost.aliases(), limits.maxAliases()), cost);
        }
        if (cost.complexity() > limits.maxComplexity()) {
            throw overLimit(ErrorCode.QUERY_TOO_COMPLEX, ("The query may return %d objects; at most %d are allowed."
                    + " Ask for smaller pages (first/last) or fewer nested connections")
                    .formatted(cost.complexity(), limits.maxComplexity()), cost);
        }
    }

    private Refusal overLimit(ErrorCode code, String message, QueryCost cost) {
        return Refusal.overLimit(code, message, report(cost));
    }

    private GraphQLSchema schema() {
        if (schema == null) {
            schema = schemaProducer.get();
        }
        return schema;
    }

    /** An operation's name for metrics: its own, or for an anonymous one the fields it asks for. */
    private static String label(OperationDefinition operation) {
        if (operation.getName() != null) {
            return operation.getName();
        }
        String fields = operation.getSelectionSet().getSelectionsOfType(Field.class).stream()
                .map(Field::getName).distinct().sorted().collect(Collectors.joining("+"));
        return fields.isEmpty() ? "anonymous" : fields;
    }

    /** A query that may run: its document, what it costs, and the operation's name and type for metrics. */
    public record AdmittedQuery(Document document, QueryCost cost, String operation, String operationType) {

        public boolean isQuery() {
            return operationType.equals("query");
        }

        public boolean isSubscription() {
            return operationType.equals("subscription");
        }
    }
}
