package org.analyst.graphql;

import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.analyst.importing.Importer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * No N+1: nested fields are loaded for a whole page at once, so the number of SQL statements a
 * request runs does not grow with the page size (the analyst.sql.reads metric counts them).
 */
@QuarkusTest
@TestProfile(ScaleDataProfile.class)
class BatchingTest {

    /** A page of articles: its query, and where it answers its articles. */
    private record Page(String name, String query, String articlesAt) {

        /** One of the benchmark's queries, as bench/run.sh measures it at 10, 50 and 100 articles. */
        static Page benchmarked(String name, String articlesAt) throws IOException {
            return new Page(name, Files.readString(Path.of("bench/queries", name + ".analyst.graphql")), articlesAt);
        }
    }

    /**
     * Every relation of an article and its statements with a list at every level; at 100 articles,
     * within the complexity budget with three statements each.
     */
    private static final Page WIDE_PAGE = new Page("wide", """
            query($first: Int!) {
              articles(first: $first) {
                totalCount
                nodes {
                  title
                  authors { name }
                  sections { heading paragraphs }
                  periodical { title }
                  statements(first: 3) {
                    totalCount
                    nodes {
                      summary
                      speaker { name aliases { name } }
                      targets { stance actor { name country { name } } }
                      attestations { excerpt article { slug } }
                    }
                  }
                }
              } }""", "articles");

    @Inject
    Importer importer;

    @Inject
    MeterRegistry metrics;

    private Counter reads;

    @BeforeEach
    void loadManyArticles() {
        ScaleData.ensureLoaded(importer);
        reads = metrics.counter("analyst.sql.reads");
    }

    /** The front page (Q1), the deep page (a periodical's articles, four levels down) and the wide page. */
    @Test
    void statementCountDoesNotGrowWithThePageSize() throws IOException {
        for (Page page : List.of(Page.benchmarked("q1", "articles"), Page.benchmarked("deep", "publication.articles"),
                WIDE_PAGE)) {
            List<Long> counts = Stream.of(10, 50, 100).map(size -> statementsFor(page, size)).toList();
            System.out.printf("%s: SQL statements for 10, 50 and 100 articles: %s%n", page.name(), counts);
            assertEquals(List.of(counts.get(0), counts.get(0)), counts.subList(1, 3),
                    page.name() + ": statements for 10, 50 and 100 articles");
            assertTrue(counts.get(0) <= 16, "one statement per relation and level, was " + counts.get(0));
        }
    }

    @Test
    void articleBodiesAreReadOnlyWhenAskedFor() {
        String list = "{ articles(first: 20) { nodes { title %s } } }";
        long titles = statementsOf(list.formatted(""));
        long withBodies = statementsOf(list.formatted("body"));
        assertEquals(1, titles, "a page of titles is one statement");
        assertEquals(2, withBodies, "the bodies of the whole page are one more");
    }

    @Test
    void theActorsOfChildRowsAreReadOnlyWhenFollowed() {
        String list = "{ articles(first: 20) { nodes { statements(first: 5) { nodes { targets { stance %s } } } } } }";
        long stances = statementsOf(list.formatted(""));
        long withActors = statementsOf(list.formatted("actor { name }"));
        assertEquals(stances + 1, withActors, "the targeted actors of all 100 statements are one more statement");
        List<String> names = query(list.formatted("actor { name }")).ok().data("articles.nodes.statements.nodes.targets.actor.name.flatten()");
        assertTrue(!names.isEmpty() && names.stream().allMatch(name -> name != null && !name.isBlank()),
                "every target names its actor");
    }

    @Test
    void aliasesOfOneNestedFieldKeepTheirOwnArguments() {
        var response = query("""
                { articles(first: 10) { nodes {
                    one: statements(first: 1) { nodes { summary } }
                    three: statements(first: 3) { totalCount nodes { summary } }
                    putin: statements(filter: {speakerIds: ["%s"]}) { totalCount nodes { summary } } } } }"""
                .formatted(query("{ actor(slug: \"vladimir-putin\") { id } }").ok().<String>data("actor.id"))).ok();
        List<Map<String, Object>> articles = response.data("articles.nodes");
        assertEquals(10, articles.size());
        for (int i = 0; i < articles.size(); i++) {
            String article = "articles.nodes[" + i + "]";
            assertEquals(1, response.<List<?>>data(article + ".one.nodes").size());
            assertEquals(3, response.<List<?>>data(article + ".three.nodes").size());
            assertEquals(ScaleData.STATEMENTS_PER_ARTICLE, (int) response.data(article + ".three.totalCount"));
            assertEquals(1, (int) response.data(article + ".putin.totalCount"), "each article has one Putin statement");
            List<String> summaries = response.data(article + ".three.nodes.summary");
            assertEquals(response.<List<String>>data(article + ".one.nodes.summary").get(0), summaries.get(0),
                    "both pages start with the newest statement");
        }
    }

    private long statementsOf(String query) {
        double before = reads.count();
        List<Map<String, Object>> articles = query(query).ok().data("articles.nodes");
        assertEquals(20, articles.size());
        return (long) (reads.count() - before);
    }

    private long statementsFor(Page page, int pageSize) {
        double before = reads.count();
        var response = query(page.query(), Map.of("first", pageSize, "periodical", ScaleData.PERIODICAL)).ok();
        assertEquals(pageSize, response.<List<?>>data(page.articlesAt() + ".nodes").size());
        List<List<?>> statementPages = response.data(page.articlesAt() + ".nodes.statements.nodes");
        assertTrue(statementPages.stream().allMatch(statements -> !statements.isEmpty()), "every article has statements");
        return (long) (reads.count() - before);
    }
}
