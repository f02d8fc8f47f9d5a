package org.analyst.engine.schema;

import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.analyst.graphql.GraphQLClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A date argument that is no date is a validation error naming the argument and the format,
 * whether written in the document or passed as a variable, at the root or in a nested filter
 * (mutations: StatementMutationsTest); a date is still a date.
 */
@QuarkusTest
class CheckedDateCoercingTest {

    @Inject
    Instance<GraphQLSchema> schema;

    @ParameterizedTest
    @ValueSource(strings = {
            "{ articles(filter: {publishedFrom: \"2022-02-30\"}) { nodes { title } } }",
            "{ articles(first: 1) { nodes { statements(filter: {from: \"2022-02-30\"}) { nodes { id } } } } }",
            "{ actor(slug: \"russia\") { statementsAbout(filter: {to: \"2022-02-30\"}) { nodes { id } } } }"
    })
    void aDateInTheDocumentThatIsNoDateIsAValidationError(String document) {
        var refused = query(document);
        assertRefused(refused, "'2022-02-30' is not an ISO-8601 date such as 2022-09-14");
        assertTrue(refused.errorMessage().contains("filter."), "names the argument: " + refused.errorMessage());
    }

    @Test
    void aDateVariableThatIsNoDateIsAValidationError() {
        var refused = query("query($from: Date) { statements(filter: {from: $from}) { nodes { id } } }",
                Map.of("from", "14 September 2022"));
        assertRefused(refused, "'14 September 2022' is not an ISO-8601 date such as 2022-09-14");
        assertTrue(refused.errorMessage().contains("$from") || refused.errorMessage().contains("'from'"),
                "names the variable: " + refused.errorMessage());
    }

    @Test
    void datesAreStillDates() {
        List<String> published = query("{ articles(filter: {publishedFrom: \"2023-01-12\", publishedTo: \"2023-01-12\"})"
                + " { nodes { publishedAt } } }").ok().data("articles.nodes.publishedAt");
        assertEquals(1, published.size(), "the sample data's article, of 12 January 2023: " + published);
        List<String> statements = query("query($from: Date) { statements(filter: {from: $from}) { nodes { id } } }",
                Map.of("from", "2022-01-01")).ok().data("statements.nodes.id");
        assertFalse(statements.isEmpty());
    }

    /** No argument takes an instant today; the DateTime scalar checks one as the contract writes it all the same. */
    @Test
    void instantsAreCheckedAsTheContractWritesThem() {
        Coercing<?, ?> dateTime = ((GraphQLScalarType) schema.get().getType("DateTime")).getCoercing();
        var refused = assertThrows(CoercingParseValueException.class,
                () -> dateTime.parseValue("2023-01-12 09:00", GraphQLContext.getDefault(), Locale.ROOT));
        assertTrue(refused.getMessage().contains("'2023-01-12 09:00' is not an ISO-8601 instant with its offset"),
                refused.getMessage());
        assertThrows(CoercingParseLiteralException.class, () -> dateTime.parseLiteral(new StringValue("2023-01-12T09:00:00"),
                CoercedVariables.emptyVariables(), GraphQLContext.getDefault(), Locale.ROOT), "no offset");
        assertNotNull(dateTime.parseValue("2023-01-12T09:00:00Z", GraphQLContext.getDefault(), Locale.ROOT));
    }

    private static void assertRefused(GraphQLClient.Response refused, String mistake) {
        assertEquals("GRAPHQL_VALIDATION_FAILED", refused.errorCode(), refused.errors().toString());
        assertTrue(refused.errorMessage().contains(mistake), refused.errorMessage());
        assertFalse(refused.errorMessage().contains("org.analyst"), "no Java class in a client's error");
        assertFalse(refused.hasData(), "nothing ran");
    }
}
