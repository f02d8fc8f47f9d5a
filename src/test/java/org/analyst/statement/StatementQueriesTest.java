package org.analyst.statement;

import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.analyst.graphql.GraphQLClient.Response;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StatementQueriesTest {

    private static final String BY_FILTER = """
            query($filter: StatementFilter, $order: StatementOrder) {
              statements(filter: $filter, orderBy: $order, first: 100) {
                totalCount
                nodes { summary speaker { slug } date { earliest latest }
                        attestations { excerpt article { slug } } }
              } }""";

    @Test
    void everyHostileStatementAboutKazakhstanByRussianActorsIn2022() {
        List<String> russians = new ArrayList<>(query("""
                query($russia: [ID!]) { actors(filter: {countryIds: $russia}, first: 100) { nodes { id } } }""",
                Map.of("russia", List.of(id("russia")))).ok().<List<String>>data("actors.nodes.id"));
        russians.add(id("russia"));
        Map<String, Object> filter = Map.of("speakerIds", russians, "targetIds", List.of(id("kazakhstan")),
                "stances", List.of("HOSTILE"), "from", "2022-01-01", "to", "2022-12-31");

        var response = statements(filter);

        assertEquals(Set.of("russia", "russian-politicians-and-propagandists", "russian-political-elite-and-media",
                "russian-media-personalities", "tigran-keosayan", "konstantin-zatulin",
                "russian-political-elite-and-pundits", "russian-court"),
                new HashSet<>(response.<List<String>>data("statements.nodes.speaker.slug")));
        assertEquals(9, (int) response.data("statements.totalCount"));
        List<List<String>> excerpts = response.data("statements.nodes.attestations.excerpt");
        assertTrue(excerpts.stream().flatMap(List::stream)
                .anyMatch(excerpt -> excerpt.contains("called Kazakhstan ungrateful")), "the passage that reports it");

        Map<String, Object> withInterpreted = new HashMap<>(filter);
        withInterpreted.put("includeInterpreted", true);
        var all = statements(withInterpreted);
        assertEquals(10, (int) all.data("statements.totalCount"));
        assertTrue(all.<List<String>>data("statements.nodes.speaker.slug").contains("dmitry-medvedev"),
                "Medvedev's post targets Kazakhstan only by interpretation");
    }

    @Test
    void filtersBySpeakerKindStanceAttributionStatusAndArticle() {
        assertEquals(Set.of("Xi Jinping pledges China's support for Kazakhstan's independence, sovereignty and territorial integrity and opposes outside interference.",
                "Xi Jinping and Kassym-Jomart Tokayev discuss trade, energy and interconnectivity."),
                summaries(Map.of("speakerIds", List.of(id("xi-jinping")))));
        assertEquals(2, count(Map.of("kinds", List.of("THREAT"))));
        assertEquals(4, count(Map.of("kinds", List.of("THREAT", "WARNING"))));
        assertEquals(3, count(Map.of("stances", List.of("SUPPORTIVE"))));
        assertEquals(1, count(Map.of("attribution", List.of("DISPUTED"))));
        assertEquals(1, count(Map.of("status", List.of("DELETED"))));
        assertEquals(1, count(Map.of("status", List.of("REVERSED"))));
        String article = query("{ article(slug: \"china-backs-kazakhstan-against-russian-threats\") { id } }").ok()
                .data("article.id");
        assertEquals(31, count(Map.of("articleIds", List.of(article))));
        assertEquals(1, count(Map.of("targetIds", List.of(id("belarus")), "kinds", List.of("SANCTION"))));
        assertEquals(0, count(Map.of("targetIds", List.of(id("kazakhstan")), "speakerIds", List.of(id("kazakhstan")))));
    }

    @Test
    void theDateFilterSelectsStatementsWhoseRangeOverlapsIt() {
        var all = statements(Map.of());
        for (String[] range : List.of(new String[] { "2022-09-14", "2022-09-20" }, new String[] { "2022-04-25", "2022-04-25" },
                new String[] { "2023-01-01", "2023-12-31" }, new String[] { "2021-01-01", "2021-12-31" })) {
            LocalDate from = LocalDate.parse(range[0]);
            LocalDate to = LocalDate.parse(range[1]);
            Set<String> expected = new HashSet<>();
            List<Map<String, Object>> nodes = all.data("statements.nodes");
            for (Map<String, Object> node : nodes) {
                @SuppressWarnings("unchecked")
                Map<String, String> date = (Map<String, String>) node.get("date");
                boolean bounded = date.get("earliest") != null || date.get("latest") != null;
                boolean startsInTime = date.get("earliest") == null || !LocalDate.parse(date.get("earliest")).isAfter(to);
                boolean endsInTime = date.get("latest") == null || !LocalDate.parse(date.get("latest")).isBefore(from);
                if (bounded && startsInTime && endsInTime) {
                    expected.add((String) node.get("summary"));
                }
            }
            assertEquals(expected, summaries(Map.of("from", range[0], "to", range[1])), range[0] + ".." + range[1]);
        }
        Set<String> lateApril = summaries(Map.of("from", "2022-04-25", "to", "2022-04-25"));
        assertTrue(lateApril.contains("Tigran Keosayan calls Kazakhstan ungrateful and threatens that it might share Ukraine's fate."));
        assertTrue(summaries(Map.of("from", "2022-09-14", "to", "2022-09-20")).stream()
                .noneMatch(summary -> summary.startsWith("Vladimir Putin announces")), "21 September is outside");
    }

    @Test
    void statementsAreOrderedByDate() {
        for (String order : List.of("DATE_ASC", "DATE_DESC")) {
            List<Map<String, String>> dates = statements(Map.of(), order).data("statements.nodes.date");
            List<String> earliest = dates.stream().map(date -> date.get("earliest") == null ? "0001-01-01" : date.get("earliest")).toList();
            List<String> sorted = new ArrayList<>(earliest);
            sorted.sort(order.equals("DATE_ASC") ? null : java.util.Comparator.reverseOrder());
            assertEquals(sorted, earliest, order);
        }
    }

    @Test
    void aStatementWithTargetsAttestationsAndRelations() {
        String id = query("""
                query($xi: [ID!]) { statements(filter: {speakerIds: $xi, kinds: [SUPPORT]}) { nodes { id } } }""",
                Map.of("xi", List.of(id("xi-jinping")))).ok().<List<String>>data("statements.nodes.id").get(0);
        var statement = query("""
                query($id: ID!) { statement(id: $id) {
                  kind mode medium venue quote attribution status sourceUrl version
                  date { text precision earliest latest yearInferred }
                  speaker { name }
                  targets { actor { slug } role stance explicitness interpretedBy { slug } }
                  attestations { form excerpt start end article { slug } }
                  relations { type statement { summary speaker { slug } } }
                } }""", Map.of("id", id)).ok();
        assertEquals("SUPPORT", statement.data("statement.kind"));
        assertEquals("UTTERANCE", statement.data("statement.mode"));
        assertEquals("REMARKS", statement.data("statement.medium"));
        assertEquals("State visit to Kazakhstan", statement.data("statement.venue"));
        assertTrue(((String) statement.data("statement.quote")).startsWith("No matter how the international situation changes"));
        assertEquals(Map.of("text", "14 September 2022", "precision", "DAY", "earliest", "2022-09-14",
                "latest", "2022-09-14", "yearInferred", true), statement.data("statement.date"));
        assertEquals(List.of("kazakhstan", "russia"), statement.data("statement.targets.actor.slug"));
        assertEquals(List.of("BENEFICIARY", "WARNED"), statement.data("statement.targets.role"));
        assertEquals(List.of("EXPLICIT", "INTERPRETED"), statement.data("statement.targets.explicitness"));
        assertEquals(java.util.Arrays.asList(null, Map.of("slug", "natalia-konarzewska")),
                statement.data("statement.targets.interpretedBy"));
        assertEquals(List.of("PARAPHRASE", "DIRECT_QUOTE"), statement.data("statement.attestations.form"));
        assertEquals(List.of("POSSIBLY_SAME_AS"), statement.data("statement.relations.type"));
        assertEquals(List.of("china"), statement.data("statement.relations.statement.speaker.slug"));
    }

    private static Response statements(Map<String, Object> filter) {
        return statements(filter, "DATE_DESC");
    }

    private static Response statements(Map<String, Object> filter, String order) {
        return query(BY_FILTER, Map.of("filter", filter, "order", order)).ok();
    }

    private static Set<String> summaries(Map<String, Object> filter) {
        return new HashSet<>(statements(filter).<List<String>>data("statements.nodes.summary"));
    }

    private static int count(Map<String, Object> filter) {
        return statements(filter).<Integer>data("statements.totalCount");
    }

    static String id(String slug) {
        return query("query($slug: String) { actor(slug: $slug) { id } }", Map.of("slug", slug)).ok().data("actor.id");
    }
}
