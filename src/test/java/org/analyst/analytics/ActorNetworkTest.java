package org.analyst.analytics;

import static org.analyst.graphql.Fixtures.actorId;
import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** actorNetwork on the sample data, checked against the statements of its import document. */
@QuarkusTest
class ActorNetworkTest {

    private static final String NETWORK = """
            query($filter: StatementFilter, $around: ID, $depth: Int) {
              actorNetwork(filter: $filter, aroundActorId: $around, depth: $depth) {
                nodes { slug }
                edges { source { slug } target { slug } statementCount stances { stance count }
                        statements(first: 1) { totalCount nodes { speaker { slug } targets { actor { slug } } } } } } }""";

    @Inject
    MeterRegistry metrics;

    @Test
    void theNetworkAroundKazakhstanHasItsDirectEdgesWithTheirStances() {
        var network = network(Map.of(), "kazakhstan", 1);
        Map<String, Map<String, Integer>> edges = edges(network);
        assertEquals(expectedEdges(Set.of("kazakhstan"), false), edges, "edges with their stance counts");
        // What an analyst reads off it: Astana's statements about Moscow are critical, but for one neutral.
        assertEquals(Map.of("statements", 9, "CRITICAL", 8, "NEUTRAL", 1), edges.get("kazakhstan -> russia"));
        assertEquals(Map.of("statements", 2, "HOSTILE", 2), edges.get("russia -> kazakhstan"));
        List<String> nodes = network.data("actorNetwork.nodes.slug");
        assertTrue(nodes.contains("kazakhstan") && nodes.contains("xi-jinping") && !nodes.contains("dmitry-medvedev"),
                "the ends of the edges, Medvedev's interpreted target not among them: " + nodes);
        List<Integer> counts = network.data("actorNetwork.edges.statementCount");
        assertEquals(counts.stream().sorted((a, b) -> b - a).toList(), counts, "most statements first");
    }

    @Test
    void includeInterpretedCountsTheTargetsAnAnalystReadIn() {
        Map<String, Map<String, Integer>> edges = edges(network(Map.of("includeInterpreted", true), "kazakhstan", 1));
        assertEquals(expectedEdges(Set.of("kazakhstan"), true), edges);
        assertEquals(Map.of("statements", 1, "HOSTILE", 1), edges.get("dmitry-medvedev -> kazakhstan"));
    }

    @Test
    void depthTwoAddsTheEdgesOfTheNeighbours() {
        Map<String, Map<String, Integer>> direct = expectedEdges(Set.of("kazakhstan"), false);
        Set<String> neighbours = new HashSet<>();
        direct.keySet().forEach(edge -> neighbours.addAll(List.of(edge.split(" -> "))));
        Map<String, Map<String, Integer>> two = edges(network(Map.of(), "kazakhstan", 2));
        assertEquals(expectedEdges(neighbours, false), two);
        assertTrue(two.containsKey("vladimir-putin -> russia") && !direct.containsKey("vladimir-putin -> russia"),
                "Putin addresses Russia, a neighbour of Kazakhstan");
    }

    @Test
    void theFilterNarrowsTheStatementsAsStatementsDoes() {
        Map<String, Object> hostile = Map.of("stances", List.of("HOSTILE"), "kinds", List.of("THREAT", "CRITICISM"));
        Map<String, Map<String, Integer>> edges = edges(network(hostile, "kazakhstan", 1));
        var statements = query("query($f: StatementFilter) { statements(filter: $f, first: 100) { nodes { speaker { slug } targets { actor { slug } stance explicitness } } } }",
                Map.of("f", hostile)).ok();
        List<Map<String, Object>> listed = statements.data("statements.nodes");
        int hostileAboutKazakhstan = (int) listed.stream().filter(s -> SampleStatements.targets(s).stream()
                .anyMatch(t -> slug(t.get("actor")).equals("kazakhstan") && "HOSTILE".equals(t.get("stance"))
                        && !SampleStatements.interpreted(t))).count();
        assertEquals(hostileAboutKazakhstan, edges.values().stream().mapToInt(edge -> edge.get("statements")).sum(),
                "each of the hostile threats and criticisms of Kazakhstan that statements lists is behind one edge");
        assertTrue(edges.values().stream().allMatch(edge -> edge.keySet().equals(Set.of("statements", "HOSTILE"))),
                "only hostile stances: " + edges);
    }

    @Test
    void anEdgesStatementsAreTheSpeakersAboutTheTargetAndItsCount() {
        var network = network(Map.of(), "kazakhstan", 1);
        List<Map<String, Object>> edges = network.data("actorNetwork.edges");
        for (Map<String, Object> edge : edges) {
            @SuppressWarnings("unchecked")
            Map<String, Object> statements = (Map<String, Object>) edge.get("statements");
            assertEquals(edge.get("statementCount"), statements.get("totalCount"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) statements.get("nodes");
            assertEquals(Math.min(1, (int) edge.get("statementCount")), nodes.size());
            for (Map<String, Object> statement : nodes) {
                assertEquals(slug(edge.get("source")), slug(statement.get("speaker")));
                assertTrue(SampleStatements.targets(statement).stream().anyMatch(t -> slug(t.get("actor")).equals(slug(edge.get("target")))));
            }
        }
    }

    @Test
    void theStatementCountDoesNotGrowWithTheNumberOfEdges() {
        long one = statementsOf(Map.of("speakerIds", List.of(actorId("xi-jinping"))), 1);
        long many = statementsOf(Map.of(), 2);
        System.out.printf("SQL statements for a network of 2 edges: %d, of %d edges at depth 2: %d%n", one,
                edges(network(Map.of(), "kazakhstan", 2)).size(), many);
        // Depth 2 runs one more level than depth 1: that and nothing else may differ.
        assertEquals(one + 1, many);
        assertTrue(one <= 7, "a level, the actors, the edges' pages and counts, the statements' speakers, targets and"
                + " targeted actors: " + one);
    }

    @Test
    void badArgumentsAreRefused() {
        String kazakhstan = actorId("kazakhstan");
        assertBadInput(Map.of("around", kazakhstan, "depth", 4), "depth must be between 1 and 3");
        assertBadInput(Map.of("around", kazakhstan, "depth", 0), "depth must be between 1 and 3");
        assertBadInput(Map.of("depth", 2), "depth needs aroundActorId");
        assertBadInput(Map.of("around", query("{ article(slug: \"china-backs-kazakhstan-against-russian-threats\") { id } }")
                .ok().data("article.id")), "not a Actor");
    }

    private long statementsOf(Map<String, Object> filter, int depth) {
        String kazakhstan = actorId("kazakhstan");
        double before = metrics.counter("analyst.sql.reads").count();
        var network = query(NETWORK, Map.of("filter", filter, "around", kazakhstan, "depth", depth)).ok();
        List<Object> pages = network.data("actorNetwork.edges.statements.nodes.speaker.slug");
        assertTrue(!pages.isEmpty());
        return (long) (metrics.counter("analyst.sql.reads").count() - before);
    }

    private static void assertBadInput(Map<String, Object> variables, String message) {
        var response = query(NETWORK, variables);
        assertEquals(1, response.errors().size(), response.errors().toString());
        assertEquals("BAD_USER_INPUT", ((Map<?, ?>) response.errors().get(0).get("extensions")).get("code"));
        assertTrue(response.errors().get(0).get("message").toString().contains(message), response.errors().toString());
        assertTrue(!response.hasData() || response.data("actorNetwork") == null);
    }

    private static org.analyst.graphql.GraphQLClient.Response network(Map<String, Object> filter, String around, int depth) {
        return query(NETWORK, Map.of("filter", filter, "around", actorId(around), "depth", depth)).ok();
    }

    /** "source -> target" with its statement count and the count of each stance taken. */
    private static Map<String, Map<String, Integer>> edges(org.analyst.graphql.GraphQLClient.Response network) {
        Map<String, Map<String, Integer>> edges = new TreeMap<>();
        List<Map<String, Object>> read = network.data("actorNetwork.edges");
        for (Map<String, Object> edge : read) {
            Map<String, Integer> counts = new HashMap<>(Map.of("statements", (Integer) edge.get("statementCount")));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> stances = (List<Map<String, Object>>) edge.get("stances");
            stances.forEach(stance -> counts.put((String) stance.get("stance"), (Integer) stance.get("count")));
            edges.put(slug(edge.get("source")) + " -> " + slug(edge.get("target")), counts);
        }
        return edges;
    }

    /** The edges with an end among the actors, from the import document (all its statements are published). */
    private static Map<String, Map<String, Integer>> expectedEdges(Set<String> actors, boolean includeInterpreted) {
        Map<String, Map<String, Integer>> edges = new TreeMap<>();
        for (Map<String, Object> statement : SampleStatements.load().statements()) {
            String speaker = (String) statement.get("speaker");
            for (Map<String, Object> target : SampleStatements.targets(statement)) {
                String actor = (String) target.get("actor");
                if ((actors.contains(speaker) || actors.contains(actor)) && (includeInterpreted || !SampleStatements.interpreted(target))) {
                    Map<String, Integer> counts = edges.computeIfAbsent(speaker + " -> " + actor, edge -> new HashMap<>());
                    counts.merge("statements", 1, Integer::sum);
                    counts.merge((String) target.get("stance"), 1, Integer::sum);
                }
            }
        }
        return edges;
    }

    private static String slug(Object actor) {
        return (String) ((Map<?, ?>) actor).get("slug");
    }
}
