package org.analyst.engine.schema;

import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.analyst.graphql.GraphQLClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Fields fetched by their methods directly (DirectOperations) answer as SmallRye's fetcher would:
 * nested connections alike with an empty filter (converted by SmallRye's argument helper) and
 * without; the methods' own refusals are the caller's mistakes, whichever argument they concern.
 */
@QuarkusTest
class DirectOperationsTest {

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
    void rootFieldsTakeTheirFiltersIdsAndOrders() {
        String kazakhstan = query("{ actor(slug: \"kazakhstan\") { id } }").ok().data("actor.id");
        var statements = query("{ statements(filter: {speakerIds: [\"%s\"], kinds: [REFUSAL, INTENT]}, orderBy: DATE_ASC, first: 50)"
                .formatted(kazakhstan) + " { nodes { kind speaker { slug } date { earliest } } } }").ok();
        List<String> kinds = statements.data("statements.nodes.kind");
        List<String> days = statements.data("statements.nodes.date.earliest");
        assertEquals(5, kinds.size(), "Kazakhstan refuses three times and states two intents in the sample data");
        assertEquals(Set.of("REFUSAL", "INTENT"), Set.copyOf(kinds));
        assertEquals(List.of("kazakhstan"), statements.<List<String>>data("statements.nodes.speaker.slug").stream().distinct().toList());
        assertEquals(days.stream().sorted().toList(), days, "oldest first");
        assertEquals(kazakhstan, query("{ node(id: \"%s\") { id } }".formatted(kazakhstan)).ok().data("node.id"));
    }

    /** As clients send them: SmallRye's Int scalar leaves a variable's number for its fetcher to convert. */
    @Test
    void pagingArgumentsMayBeVariables() {
        String page = "query($first: Int, $last: Int) { articles(first: $first) { nodes { statements(last: $last) { nodes { id } } } } }";
        var response = query(page, Map.of("first", 2, "last", 1)).ok();
        List<Integer> pages = response.<List<List<?>>>data("articles.nodes.statements.nodes").stream().map(List::size).toList();
        assertEquals(List.of(1), pages, "the sample data's one article, its last statement");
    }

    @Test
    void aRootFieldsRefusalIsBadUserInput() {
        var response = query("{ actors(filter: {name: \"%s\"}) { nodes { id } } }".formatted("x".repeat(201)));
        assertEquals("BAD_USER_INPUT", response.errorCode(), response.errors().toString());
        assertTrue(response.errorMessage().contains("at most 200 characters"), response.errorMessage());
    }

    @Test
    void badPagingArgumentsOfAConnectionWithoutFilterAreBadUserInput() {
        var response = query("{ actor(slug: \"russia\") { name authoredArticles(first: 101) { nodes { id } } } }");
        assertEquals("BAD_USER_INPUT", response.errorCode(), response.errors().toString());
        assertTrue(response.errorMessage().contains("first must be between 0 and 100"), response.errorMessage());
    }
}
