package org.analyst.engine.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/**
 * Why the engine measures queries itself instead of using graphql-java's
 * {@code MaxQueryComplexityInstrumentation} and {@code MaxQueryDepthInstrumentation}: their
 * traversal descends into a fragment once, however often it is spread (graphql-java #1695). If the
 * first test fails, graphql-java counts every spread now and its instrumentations can take over.
 */
class QueryCostCalculatorTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query { actors(first: Int): ActorConnection }
            type ActorConnection { nodes: [Actor] }
            type Actor { name: String country: Actor }
            """), RuntimeWiring.newRuntimeWiring().build());

    private static final String SPREAD_TWICE = """
            { a: actors(first: 10) { nodes { ...Country } } b: actors(first: 10) { nodes { ...Country } } }
            fragment Country on Actor { x: name country { y: name } }""";
    private static final String INLINED = """
            { a: actors(first: 10) { nodes { x: name country { y: name } } } b: actors(first: 10) { nodes { x: name country { y: name } } } }""";

    @Test
    void graphqlJavasTraversalCountsAFragmentOnceHoweverOftenItIsSpread() {
        assertEquals(stockComplexity(INLINED) - 3, stockComplexity(SPREAD_TWICE),
                "the second spread's three fields are not counted");
    }

    @Test
    void everySpreadCountsAsIfItWereWrittenOut() {
        QueryCost inlined = cost(INLINED);
        QueryCost spread = cost(SPREAD_TWICE);
        assertEquals(inlined.complexity(), spread.complexity());
        assertEquals(inlined.aliases(), spread.aliases());
        assertEquals(inlined.depth(), spread.depth());
        assertEquals(1 + 10 * (1 + 1) + 1 + 10 * (1 + 1), spread.complexity(), "two pages of ten actors and their countries");
        assertEquals(6, spread.aliases());
    }

    private static int stockComplexity(String query) {
        return QueryComplexityCalculator.newCalculator().fieldComplexityCalculator((field, children) -> 1 + children)
                .schema(SCHEMA).document(Parser.parse(query)).variables(CoercedVariables.emptyVariables()).build()
                .calculate();
    }

    private static QueryCost cost(String query) {
        Document document = Parser.parse(query);
        return QueryCostCalculator.cost(SCHEMA, document, null, Map.of(), 0);
    }
}
