package org.analyst.graphql;

import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** Key-set paging both ways over whole result sets, and the errors of bad paging arguments. */
@QuarkusTest
class ConnectionPagingTest {

    private static final String ACTORS = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              actors(first: $first, after: $after, last: $last, before: $before) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { name } }
              } }""";

    private static final String STATEMENTS = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              statements(orderBy: DATE_ASC, first: $first, after: $after, last: $last, before: $before) {
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id } }
              } }""";

    @Test
    void pagingForwardsVisitsEveryActorOnceInNameOrder() {
        List<String> all = query("{ actors(first: 100) { nodes { name } } }").ok().data("actors.nodes.name");
        assertEquals(41, all.size());
        List<String> sorted = new ArrayList<>(all);
        Collections.sort(sorted, String::compareToIgnoreCase);

        List<String> paged = pageForwards(ACTORS, "actors", "name", 7);

        assertEquals(all, paged, "no actor missed or repeated");
        assertEquals(new HashSet<>(sorted), new HashSet<>(paged));
    }

    @Test
    void pagingBackwardsVisitsEveryActorOnceInNameOrder() {
        List<String> all = query("{ actors(first: 100) { nodes { name } } }").ok().data("actors.nodes.name");
        assertEquals(all, pageBackwards(ACTORS, "actors", "name", 6));
    }

    @Test
    void pagingStatementsByDateBothWaysAgrees() {
        List<String> forwards = pageForwards(STATEMENTS, "statements", "id", 4);
        assertEquals(31, forwards.size());
        assertEquals(31, new HashSet<>(forwards).size());
        assertEquals(forwards, pageBackwards(STATEMENTS, "statements", "id", 5));
    }

    @Test
    void pageInfoTellsWhereThePageIs() {
        var first = query(ACTORS, Map.of("first", 5)).ok();
        assertTrue((boolean) first.data("actors.pageInfo.hasNextPage"));
        assertFalse((boolean) first.data("actors.pageInfo.hasPreviousPage"));
        assertEquals(41, (int) first.data("actors.totalCount"), "totalCount counts the whole set");
        List<String> cursors = first.data("actors.edges.cursor");
        assertEquals(cursors.get(0), first.data("actors.pageInfo.startCursor"));
        assertEquals(cursors.get(4), first.data("actors.pageInfo.endCursor"));

        var second = query(ACTORS, Map.of("first", 5, "after", cursors.get(4))).ok();
        assertTrue((boolean) second.data("actors.pageInfo.hasPreviousPage"));

        var empty = query(ACTORS, Map.of("first", 0)).ok();
        assertEquals(List.of(), empty.data("actors.edges"));
        assertNull(empty.data("actors.pageInfo.endCursor"));
    }

    @Test
    void pagesHoldTwentyByDefault() {
        List<String> page = query("{ statements { nodes { id } } }").ok().data("statements.nodes.id");
        assertEquals(20, page.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{ actors(first: 101) { nodes { name } } }",
            "{ actors(last: 101) { nodes { name } } }",
            "{ actors(first: -1) { nodes { name } } }",
            "{ actors(last: -3) { nodes { name } } }",
            "{ actors(first: 2, last: 2) { nodes { name } } }",
            "{ actors(after: \"not a cursor\") { nodes { name } } }",
            "{ actors(before: \"WyJOQU1FIl0\") { nodes { name } } }",
            "{ statements(after: \"WyJEQVRFX0RFU0MiLCJub3QtYS1kYXRlIiwiMSJd\") { nodes { id } } }",
            "{ actors(filter: {countryIds: [\"bm9wZQ\"]}) { nodes { name } } }",
            "{ statements(filter: {from: \"2023-01-01\", to: \"2022-01-01\"}) { nodes { id } } }"
    })
    void badArgumentsAreOneBadUserInputErrorAndNoData(String badQuery) {
        var response = query(badQuery);
        assertEquals("BAD_USER_INPUT", response.errorCode(), response.errors().toString());
        assertFalse(response.hasData(), "no data");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{ node(id: \"%%%\") { id } }",
            "{ node(id: \"bm9wZQ\") { id } }",
            "{ actor(slug: \"russia\", id: \"QWN0b3I6MQ\") { name } }",
            "{ article { title } }"
    })
    void badLookupsAreOneBadUserInputError(String badQuery) {
        var response = query(badQuery);
        assertEquals("BAD_USER_INPUT", response.errorCode(), response.errors().toString());
    }

    @Test
    void aCursorOfOneOrderIsRefusedByAnother() {
        String cursor = query("{ articles(orderBy: TITLE_ASC, first: 1) { pageInfo { endCursor } } }").ok()
                .data("articles.pageInfo.endCursor");
        var response = query("query($after: String) { articles(after: $after) { nodes { id } } }", Map.of("after", cursor));
        assertEquals("BAD_USER_INPUT", response.errorCode());
        assertTrue(response.errorMessage().contains("Malformed cursor"), response.errorMessage());
    }

    @Test
    void anUnknownIdIsNull() {
        var response = query("""
                query($actor: ID!, $article: ID!) { node(id: $actor) { id } article(id: $article) { id } }""",
                Map.of("actor", GlobalId.encode("Actor", 999_999), "article", GlobalId.encode("Actor", 1))).ok();
        assertNull(response.data("node"));
        assertNull(response.data("article"), "an actor's id names no article");
    }

    @Test
    void nodeResolvesEveryType() {
        var ids = query("""
                { article(slug: "china-backs-kazakhstan-against-russian-threats") { id }
                  actor(slug: "kazakhstan") { id }
                  publication(slug: "silk-road-papers") { id }
                  statements(first: 1) { nodes { id } } }""").ok();
        Map<String, String> expected = new HashMap<>();
        expected.put("Article", ids.data("article.id"));
        expected.put("Actor", ids.data("actor.id"));
        expected.put("Publication", ids.data("publication.id"));
        expected.put("Statement", ids.<List<String>>data("statements.nodes.id").get(0));
        expected.forEach((type, id) -> {
            var node = query("query($id: ID!) { node(id: $id) { __typename id } }", Map.of("id", id)).ok();
            assertEquals(type, node.data("node.__typename"));
            assertEquals(id, node.data("node.id"));
        });
    }

    private static List<String> pageForwards(String query, String field, String property, int size) {
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 50; pages++) {
            Map<String, Object> variables = new HashMap<>(Map.of("first", size));
            if (after != null) {
                variables.put("after", after);
            }
            var page = query(query, variables).ok();
            seen.addAll(page.data(field + ".edges.node." + property));
            if (!(boolean) page.data(field + ".pageInfo.hasNextPage")) {
                return seen;
            }
            after = page.data(field + ".pageInfo.endCursor");
        }
        throw new AssertionError("paging did not end");
    }

    private static List<String> pageBackwards(String query, String field, String property, int size) {
        List<String> seen = new ArrayList<>();
        String before = null;
        for (int pages = 0; pages < 50; pages++) {
            Map<String, Object> variables = new HashMap<>(Map.of("last", size));
            if (before != null) {
                variables.put("before", before);
            }
            var page = query(query, variables).ok();
            seen.addAll(0, page.data(field + ".edges.node." + property));
            if (!(boolean) page.data(field + ".pageInfo.hasPreviousPage")) {
                return seen;
            }
            before = page.data(field + ".pageInfo.startCursor");
        }
        throw new AssertionError("paging did not end");
    }
}
