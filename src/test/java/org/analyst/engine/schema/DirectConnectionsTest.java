package org.analyst.engine.schema;

import org.analyst.graphql.GraphQLClient;

import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Nested connections answer alike whether or not they are given a filter: an empty filter takes
 * SmallRye's data fetcher, none the direct one (DirectConnections), and a client must not tell.
 */
@QuarkusTest
class DirectConnectionsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{ articles(first: 2) { nodes { title statements(first: 2%s) { totalCount nodes { id summary } } } } }",
            "{ actor(slug: \"russia\") { statements(last: 3%s) { pageInfo { hasPreviousPage endCursor } nodes { id } }"
                    + " statementsAbout(first: 2%s) { edges { cursor node { id } } } } }"
    })
    void pagesAreTheSameWithAnEmptyFilterAndWithout(String template) {
        var direct = query(template.replace("%s", "")).ok();
        var filtered = query(template.replace("%s", ", filter: {}")).ok();
        assertEquals(answer(filtered), answer(direct));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{ articles(first: 2) { nodes { statements(first: 101%s) { nodes { id } } } } }",
            "{ articles(first: 2) { nodes { statements(first: 1, last: 1%s) { nodes { id } } } } }",
            "{ actor(slug: \"russia\") { statementsAbout(after: \"not a cursor\"%s) { nodes { id } } } }",
            "{ actor(slug: \"russia\") { statements(before: \"WyJOQU1FIl0\"%s) { nodes { id } } } }"
    })
    void badPagingArgumentsAreTheSameErrorWithAnEmptyFilterAndWithout(String template) {
        var direct = query(template.replace("%s", ""));
        var filtered = query(template.replace("%s", ", filter: {}"));
        assertEquals("BAD_USER_INPUT", direct.errorCode(), direct.errors().toString());
        assertEquals(answer(filtered), answer(direct));
    }

    /** Data and errors; the cost extension counts the query's tokens, which the filter adds to. */
    private static String answer(GraphQLClient.Response response) {
        Object data = response.json().get("data");
        return data + " " + response.errors();
    }

    @Test
    void badPagingArgumentsOfAConnectionWithoutFilterAreBadUserInput() {
        var response = query("{ actor(slug: \"russia\") { name authoredArticles(first: 101) { nodes { id } } } }");
        assertEquals("BAD_USER_INPUT", response.errorCode(), response.errors().toString());
        assertTrue(response.errorMessage().contains("first must be between 0 and 100"), response.errorMessage());
    }
}
