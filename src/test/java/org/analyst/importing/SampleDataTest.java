package org.analyst.importing;

import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The shipped sample dataset, as loaded on the first start of an empty database. */
@QuarkusTest
class SampleDataTest {

    @Test
    void everythingInTheExtractionIsLoaded() {
        var data = query("""
                { actors { totalCount } publications { totalCount } articles { totalCount }
                  statements { totalCount } }""").ok();
        assertEquals(41, (int) data.data("actors.totalCount"));
        assertEquals(9, (int) data.data("publications.totalCount"));
        assertEquals(1, (int) data.data("articles.totalCount"));
        assertEquals(31, (int) data.data("statements.totalCount"));
    }

    @Test
    void everyAttestationPointsAtItsExcerptInTheBody() {
        var response = query("""
                { statements(first: 100) { nodes {
                    attestations { excerpt start end article { slug body } } } } }""").ok();
        List<List<Map<String, Object>>> attestations = response.data("statements.nodes.attestations");
        int checked = 0;
        for (List<Map<String, Object>> ofStatement : attestations) {
            for (Map<String, Object> attestation : ofStatement) {
                @SuppressWarnings("unchecked")
                String body = (String) ((Map<String, Object>) attestation.get("article")).get("body");
                String excerpt = (String) attestation.get("excerpt");
                assertEquals(excerpt, body.substring((int) attestation.get("start"), (int) attestation.get("end")));
                assertEquals(body.indexOf(excerpt), body.lastIndexOf(excerpt), "excerpt occurs once: " + excerpt);
                checked++;
            }
        }
        assertEquals(32, checked, "EXTRACTION.md lists 32 attestations");
    }

    @Test
    void theBodyIsTheSectionsJoinedByBlankLines() {
        var article = query("""
                { article(slug: "china-backs-kazakhstan-against-russian-threats") {
                    body wordCount summary sections { role heading paragraphs } } }""").ok();
        List<List<String>> paragraphs = article.data("article.sections.paragraphs");
        String joined = String.join("\n\n", paragraphs.stream().flatMap(List::stream).toList());
        assertEquals(joined, article.data("article.body"));
        assertEquals(List.of(1, 4, 6, 1), paragraphs.stream().map(List::size).toList());
        assertEquals(paragraphs.get(0).get(0), article.data("article.summary"), "the summary is the lede");
        String body = article.data("article.body");
        assertEquals(-1, body.indexOf('\u00A0'), "no no-break spaces");
        assertEquals(body.split("\\s+").length, (int) article.data("article.wordCount"));
    }
}
