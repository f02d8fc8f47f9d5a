package org.analyst.search;

import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.analyst.graphql.GraphQLClient.Response;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** Search over the sample data, as an analyst asks it. */
@QuarkusTest
class SearchQueriesTest {

    static final String SEARCH = """
            query($query: String!, $types: [SearchType!], $first: Int, $after: String, $last: Int, $before: String) {
              search(query: $query, types: $types, first: $first, after: $after, last: $last, before: $before) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor score highlight
                        attestation { excerpt start end article { slug } }
                        node { __typename id ... on Article { slug } ... on Actor { slug } ... on Statement { summary }
                               ... on Publication { slug } } } } }""";

    @Inject
    MeterRegistry metrics;

    @Test
    void territorialIntegrity() {
        var hits = search("territorial integrity");
        assertEquals(List.of("Article china-backs-kazakhstan-against-russian-threats",
                "Statement Xi Jinping pledges China's support for Kazakhstan's independence, sovereignty and territorial integrity and opposes outside interference.",
                "Statement Russian politicians and propagandists direct hostile rhetoric against Kazakhstan's territorial integrity."),
                found(hits));
        assertEquals(3, (int) hits.data("search.totalCount"));
        List<String> highlights = hits.data("search.edges.highlight");
        highlights.forEach(highlight -> assertTrue(highlight.contains("<mark>territorial</mark> <mark>integrity</mark>"), highlight));
        assertTrue(highlights.get(1).contains("China&#39;s support"), "the rest is escaped: " + highlights.get(1));
        // The passage to jump to: the excerpt that matched, in the article, with its offsets.
        Map<String, Object> passage = hits.data("search.edges[2].attestation");
        assertEquals("hostile rhetoric coming from Russian politicians and propagandists against Kazakhstan’s territorial integrity",
                passage.get("excerpt"));
        assertEquals(Map.of("slug", "china-backs-kazakhstan-against-russian-threats"), passage.get("article"));
        assertTrue((int) passage.get("end") > (int) passage.get("start"));
    }

    @Test
    void medvedevTheActorFirstThenWhatHeSaidThenTheArticle() {
        var hits = search("Medvedev");
        assertEquals(List.of("Actor dmitry-medvedev",
                "Statement A post attributed to Dmitry Medvedev declares that territories of northern Kazakhstan historically belong to Russia; it was deleted and blamed on hacking.",
                "Article china-backs-kazakhstan-against-russian-threats"), found(hits));
        List<Float> scores = hits.data("search.edges.score");
        assertTrue(scores.get(0) > scores.get(1) && scores.get(1) > scores.get(2), "best first: " + scores);
        assertEquals("Dmitry <mark>Medvedev</mark> · Former president of Russia; deputy head of its Security Council",
                hits.data("search.edges[0].highlight"));
    }

    @Test
    void cpcPipelineIsTheConsortiumByItsAliasAndName() {
        var hits = search("CPC pipeline");
        assertEquals(List.of("Actor caspian-pipeline-consortium"), found(hits));
        String highlight = hits.data("search.edges[0].highlight");
        assertTrue(highlight.startsWith("Caspian <mark>Pipeline</mark> Consortium · <mark>CPC</mark>"), highlight);
    }

    @Test
    void actorsAreFoundByNamesAsPeopleTypeThemBelowExactMatches() {
        for (String typed : List.of("Tokaev", "Kasym-Zhomart", "KASSYM-JOMART", "Medvedew")) {
            var hits = search(typed);
            String expected = typed.startsWith("Med") ? "dmitry-medvedev" : "kassym-jomart-tokayev";
            assertEquals("Actor " + expected, found(hits).get(0), typed);
        }
        float fuzzy = search("Medvedew").<Float>data("search.edges[0].score");
        float exact = search("Medvedev").<Float>data("search.edges[0].score");
        assertTrue(fuzzy < 1 && exact > 1, "a resembling name ranks below any exact match: " + fuzzy + " " + exact);
        assertEquals("<mark>Dmitry Medvedev</mark>", search("Medvedew").data("search.edges[0].highlight"));
        // Accents fold both ways: the alias Türkiye, and the paper's title.
        assertEquals(List.of("Publication turkiyes-return-to-central-asia-and-the-caucasus", "Actor turkey"),
                found(search("turkiye")));
        assertEquals(found(search("turkiye")), found(search("TÜRKIYE")));
    }

    @Test
    void theQueryLanguageOfSearchBoxes() {
        assertEquals(List.of("Statement Russian politicians and propagandists direct hostile rhetoric against Kazakhstan's territorial integrity."),
                found(search("\"territorial integrity\" -interference")), "a phrase, a word excluded");
        assertEquals(List.of(), found(search("\"integrity territorial\"")), "a phrase is in order");
        List<String> either = found(search("Zatulin or Keosayan", null, 100));
        assertTrue(either.contains("Actor konstantin-zatulin") && either.contains("Actor tigran-keosayan"), either.toString());
        assertEquals(List.of("Statement A post attributed to Dmitry Medvedev declares that territories of northern Kazakhstan historically belong to Russia; it was deleted and blamed on hacking."),
                found(search("Medvedev", List.of("STATEMENT"), 20)), "only the types asked for");
    }

    @Test
    void stopWordsFindNothingAndABlankQueryIsRefused() {
        var nothing = search("the of and");
        assertEquals(0, (int) nothing.data("search.totalCount"));
        assertEquals(List.of(), nothing.data("search.edges"));
        assertFalse(nothing.<Boolean>data("search.pageInfo.hasNextPage"));
        assertEquals(0, (int) search("-russia").data("search.totalCount"), "only an excluded word: nothing to find");
        for (String blank : List.of("", "   ")) {
            Response refused = query(SEARCH, Map.of("query", blank));
            assertEquals("BAD_USER_INPUT", refused.errorCode(), "'" + blank + "'");
            assertFalse(refused.hasData());
        }
        assertEquals("BAD_USER_INPUT", query(SEARCH, Map.of("query", "x".repeat(501))).errorCode());
        assertEquals("BAD_USER_INPUT", query(SEARCH, Map.of("query", "Kazakhstan", "after", "bm9wZQ")).errorCode(),
                "a malformed cursor");
        assertEquals("BAD_USER_INPUT", query(SEARCH, Map.of("query", "Kazakhstan", "first", 101)).errorCode());
    }

    @Test
    void pagingForwardAndBackNeverRepeatsOrSkipsAHit() {
        List<String> all = ids(search("Kazakhstan", null, 100));
        int total = search("Kazakhstan", null, 100).<Integer>data("search.totalCount");
        assertEquals(total, all.size());
        assertTrue(total > 20, "enough hits for pages: " + total);
        assertEquals(total, new HashSet<>(all).size(), "no hit twice");

        List<String> forward = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new HashMap<>(Map.of("query", "Kazakhstan", "first", 7));
            if (after != null) {
                variables.put("after", after);
            }
            var page = query(SEARCH, variables).ok();
            forward.addAll(ids(page));
            assertEquals(total, (int) page.data("search.totalCount"), "every page counts every hit");
            assertEquals(after != null, page.data("search.pageInfo.hasPreviousPage"));
            more = page.data("search.pageInfo.hasNextPage");
            after = page.data("search.pageInfo.endCursor");
        }
        assertEquals(all, forward, "forwards, page by page");

        List<String> backward = new ArrayList<>();
        String before = null;
        more = true;
        while (more) {
            Map<String, Object> variables = new HashMap<>(Map.of("query", "Kazakhstan", "last", 7));
            if (before != null) {
                variables.put("before", before);
            }
            var page = query(SEARCH, variables).ok();
            List<String> ids = ids(page);
            backward.addAll(0, ids);
            more = page.data("search.pageInfo.hasPreviousPage");
            before = page.data("search.pageInfo.startCursor");
        }
        assertEquals(all, backward, "backwards from the end, page by page");

        // From the middle: the page after a cursor and the page before the next one meet exactly.
        String cursor = search("Kazakhstan", null, 10).data("search.pageInfo.endCursor");
        var next = query(SEARCH, Map.of("query", "Kazakhstan", "first", 5, "after", cursor)).ok();
        var back = query(SEARCH, Map.of("query", "Kazakhstan", "last", 10, "before",
                next.<String>data("search.pageInfo.startCursor"))).ok();
        assertEquals(all.subList(10, 15), ids(next));
        assertEquals(all.subList(0, 10), ids(back));
        assertFalse(back.<Boolean>data("search.pageInfo.hasPreviousPage"));
    }

    @Test
    void sqlStatementsDoNotGrowWithThePageSize() {
        String full = """
                query($first: Int) { search(query: "Kazakhstan", first: $first) { totalCount edges { score highlight
                  attestation { excerpt article { title authors { name } } }
                  node { id ... on Statement { summary speaker { name } targets { actor { name } } }
                         ... on Actor { name aliases { name } } ... on Article { title authors { name } } } } } }""";
        long three = statementsOf(full, 3);
        long forty = statementsOf(full, 40);
        System.out.printf("SQL statements for search(first: 3): %d, for search(first: 40): %d%n", three, forty);
        assertEquals(three, forty, "one for the hits, then one per type and relation, whatever the page size");
        assertEquals(1, statementsOf("query($first: Int) { search(query: \"Kazakhstan\", first: $first) { totalCount } }", 40),
                "the hits and their count are one statement");
    }

    @Test
    void theCostCountsTheObjectsAPageMayHold() {
        var response = query("{ search(query: \"Kazakhstan\", first: 10) { totalCount edges { score node { id } } } }").ok();
        assertEquals(21, (int) response.extension("cost.complexity"), "the connection, 10 edges, 10 nodes");
        var deeper = query("""
                { search(query: "Kazakhstan", first: 10) { edges { node { id }
                    attestation { excerpt article { title } } } } }""").ok();
        assertEquals(41, (int) deeper.extension("cost.complexity"), "and 10 passages with their articles");
    }

    private long statementsOf(String document, int first) {
        double before = metrics.counter("analyst.sql.reads").count();
        query(document, Map.of("first", first)).ok();
        return Math.round(metrics.counter("analyst.sql.reads").count() - before);
    }

    static Response search(String text) {
        return search(text, null, 20);
    }

    static Response search(String text, List<String> types, int first) {
        Map<String, Object> variables = new HashMap<>(Map.of("query", text, "first", first));
        variables.put("types", types);
        return query(SEARCH, variables).ok();
    }

    /** Each hit as "Type slug" (a statement by its summary). */
    static List<String> found(Response hits) {
        List<Map<String, Object>> nodes = hits.data("search.edges.node");
        return nodes.stream().map(node -> node.get("__typename") + " "
                + (node.containsKey("summary") ? node.get("summary") : node.get("slug"))).toList();
    }

    private static List<String> ids(Response hits) {
        return Collections.unmodifiableList(hits.<List<String>>data("search.edges.node.id"));
    }
}
