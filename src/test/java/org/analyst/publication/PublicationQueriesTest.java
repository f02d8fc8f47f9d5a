package org.analyst.publication;

import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PublicationQueriesTest {

    private static final String BY_FILTER = """
            query($filter: PublicationFilter) { publications(filter: $filter, first: 100) { totalCount nodes { slug } } }""";

    @Test
    void aPaperWithItsContributorsSeriesAndDate() {
        var paper = query("""
                { publication(slug: "stepping-up-to-the-agency-challenge") {
                    kind title staffPublication url version
                    contributors { actor { name } role position }
                    series { slug kind title }
                    date { text precision earliest latest yearInferred } } }""").ok();
        assertEquals("RESEARCH_PAPER", paper.data("publication.kind"));
        assertEquals("Stepping up to the “Agency Challenge”: Central Asian Diplomacy in a Time of Troubles",
                paper.data("publication.title"));
        assertEquals(List.of("Svante E. Cornell", "S. Frederick Starr"), paper.data("publication.contributors.actor.name"));
        assertEquals(List.of("AUTHOR", "AUTHOR"), paper.data("publication.contributors.role"));
        assertEquals(List.of(0, 1), paper.data("publication.contributors.position"));
        assertEquals("Silk Road Papers", paper.data("publication.series.title"));
        assertEquals(Map.of("text", "July 2023", "precision", "MONTH", "earliest", "2023-07-01", "latest", "2023-07-31",
                "yearInferred", false), paper.data("publication.date"));
        assertEquals(true, paper.data("publication.staffPublication"));
    }

    @Test
    void aBookWithPublishersAndAnAnalysisWithItsOutlet() {
        var response = query("""
                { book: publication(slug: "the-changing-geopolitics-of-central-asia-and-the-caucasus") {
                    kind publishers { name } contributors { role actor { slug } } }
                  analysis: publication(slug: "rising-stakes-in-tbilisi-as-elections-approach") { kind outlet { name } }
                  periodical: publication(slug: "the-central-asia-caucasus-analyst") { description publishers { slug } date { text } } }""")
                .ok();
        assertEquals("EDITED_VOLUME", response.data("book.kind"));
        assertEquals(List.of("AFPC Press", "Armin Lear"), response.data("book.publishers.name"));
        assertEquals(List.of("EDITOR"), response.data("book.contributors.role"));
        assertEquals("Civil Georgia", response.data("analysis.outlet.name"));
        assertEquals(List.of("central-asia-caucasus-institute"), response.data("periodical.publishers.slug"));
        assertNull(response.data("periodical.date"));
    }

    @Test
    void filtersSelectPublications() {
        String starr = query("{ actor(slug: \"s-frederick-starr\") { id } }").ok().data("actor.id");
        String series = query("{ publication(slug: \"silk-road-papers\") { id } }").ok().data("publication.id");
        assertEquals(4, count(Map.of("kinds", List.of("RESEARCH_PAPER"))));
        assertEquals(4, count(Map.of("seriesId", series)));
        assertEquals(List.of("greater-central-asia-as-a-component-of-us-global-strategy",
                "stepping-up-to-the-agency-challenge", "us-policy-in-central-asia-through-central-asian-eyes"),
                slugs(Map.of("contributorIds", List.of(starr))), "newest first");
        assertEquals(7, count(Map.of("staffPublication", true)));
        assertEquals(2, count(Map.of("staffPublication", false)));
        assertEquals(List.of("greater-central-asia-as-a-component-of-us-global-strategy",
                "rising-stakes-in-tbilisi-as-elections-approach", "turkiyes-return-to-central-asia-and-the-caucasus",
                "us-black-sea-strategy-the-georgian-connection"),
                slugs(Map.of("from", "2024-01-01", "to", "2024-12-31")));
        assertEquals(List.of("the-changing-geopolitics-of-central-asia-and-the-caucasus"),
                slugs(Map.of("from", "2023-12-01", "to", "2023-12-01")), "a YEAR covers its days");
    }

    @Test
    void undatedPublicationsComeLast() {
        List<String> all = slugs(Map.of());
        assertEquals(9, all.size());
        assertEquals("greater-central-asia-as-a-component-of-us-global-strategy", all.get(0));
        assertEquals(List.of("silk-road-papers", "the-central-asia-caucasus-analyst"),
                all.subList(7, 9).stream().sorted().toList());
    }

    private static List<String> slugs(Map<String, Object> filter) {
        return query(BY_FILTER, Map.of("filter", filter)).ok().data("publications.nodes.slug");
    }

    private static int count(Map<String, Object> filter) {
        return query(BY_FILTER, Map.of("filter", filter)).ok().<Integer>data("publications.totalCount");
    }
}
