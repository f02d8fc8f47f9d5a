package org.analyst.actor;

import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ActorQueriesTest {

    private static final String BY_FILTER = """
            query($filter: ActorFilter) { actors(filter: $filter, first: 100) { totalCount nodes { slug } } }""";

    @Test
    void aStateWithItsAliases() {
        var russia = query("{ actor(slug: \"russia\") { slug kind name version aliases { name type } country { slug } } }")
                .ok();
        assertEquals("STATE", russia.data("actor.kind"));
        assertEquals("Russia", russia.data("actor.name"));
        assertEquals(List.of("Moscow", "the Kremlin"), russia.data("actor.aliases.name"));
        assertEquals(List.of("METONYM", "METONYM"), russia.data("actor.aliases.type"));
        assertNull(russia.data("actor.country"));
    }

    @Test
    void aPersonWithCountryAndPositionsOverTime() {
        var medvedev = query("""
                { actor(slug: "dmitry-medvedev") { name description country { slug }
                    positions { title current start { text } organization { slug } } } }""").ok();
        assertEquals("russia", medvedev.data("actor.country.slug"));
        assertEquals("Former president of Russia; deputy head of its Security Council.", medvedev.data("actor.description"));
        assertEquals(List.of("President", "Deputy Head of the Security Council"), medvedev.data("actor.positions.title"));
        assertEquals(List.of(false, true), medvedev.data("actor.positions.current"));
        assertEquals(List.of("russia", "security-council-of-russia"), medvedev.data("actor.positions.organization.slug"));

        var zatulin = query("{ actor(slug: \"konstantin-zatulin\") { positions { title organization { slug } } } }").ok();
        assertEquals(List.of("Member of Parliament"), zatulin.data("actor.positions.title"));
        assertEquals(Arrays.asList((Object) null), zatulin.data("actor.positions.organization"));
    }

    @Test
    void anOrganisationWithItsType() {
        var bank = query("{ actor(slug: \"halyk-bank\") { kind organizationType country { name } } }").ok();
        assertEquals("ORGANIZATION", bank.data("actor.kind"));
        assertEquals("FINANCIAL_INSTITUTION", bank.data("actor.organizationType"));
        assertEquals("Kazakhstan", bank.data("actor.country.name"));
    }

    @Test
    void theNameFilterMatchesNamesAndAliasesIgnoringCase() {
        assertEquals(List.of("russia"), slugs(Map.of("name", "kremlin")));
        assertEquals(List.of("russia"), slugs(Map.of("name", "MOSCOW")));
        assertEquals(List.of("caspian-pipeline-consortium"), slugs(Map.of("name", "cpc")));
        assertEquals(List.of("turkey"), slugs(Map.of("name", "Türkiye")));
        assertTrue(slugs(Map.of("name", "kazakh")).contains("kazakhstan"));
        assertEquals(List.of(), slugs(Map.of("name", "%")), "wildcards are plain characters");
        assertEquals(List.of(), slugs(Map.of("name", "_")));
    }

    @Test
    void kindAndCountryFiltersCombine() {
        assertEquals(9, count(Map.of("kinds", List.of("STATE"))));
        assertEquals(5, count(Map.of("kinds", List.of("GROUP"))));
        assertEquals(14, count(Map.of("kinds", List.of("STATE", "GROUP"))), "values of one list: OR");
        String russia = id("russia");
        assertEquals(11, count(Map.of("countryIds", List.of(russia))));
        assertEquals(List.of("dmitry-medvedev", "konstantin-zatulin", "tigran-keosayan", "vladimir-putin"),
                slugs(Map.of("countryIds", List.of(russia), "kinds", List.of("PERSON"))), "filters: AND, name order");
        assertEquals(41, count(Map.of("kinds", List.of())), "an empty list means any");
    }

    @Test
    void statementsMadeAndStatementsAbout() {
        var kazakhstan = query("""
                { actor(slug: "kazakhstan") {
                    statements { totalCount }
                    statementsAbout { totalCount }
                    withInterpreted: statementsAbout(filter: {includeInterpreted: true}) { totalCount }
                    hostile: statementsAbout(filter: {stances: [HOSTILE]}, first: 100) { totalCount nodes { speaker { slug } } }
                } }""").ok();
        assertEquals(12, (int) kazakhstan.data("actor.statements.totalCount"));
        assertEquals(13, (int) kazakhstan.data("actor.statementsAbout.totalCount"));
        assertEquals(14, (int) kazakhstan.data("actor.withInterpreted.totalCount"), "Medvedev's post counts as interpreted");
        assertEquals(9, (int) kazakhstan.data("actor.hostile.totalCount"));
        List<String> speakers = kazakhstan.data("actor.hostile.nodes.speaker.slug");
        assertTrue(speakers.containsAll(List.of("russia", "tigran-keosayan", "konstantin-zatulin", "russian-court")));
        assertTrue(!speakers.contains("china"), "China is supportive of Kazakhstan");
    }

    private static List<String> slugs(Map<String, Object> filter) {
        return query(BY_FILTER, Map.of("filter", filter)).ok().data("actors.nodes.slug");
    }

    private static int count(Map<String, Object> filter) {
        return query(BY_FILTER, Map.of("filter", filter)).ok().<Integer>data("actors.totalCount");
    }

    private static String id(String slug) {
        return query("query($slug: String) { actor(slug: $slug) { id } }", Map.of("slug", slug)).ok().data("actor.id");
    }
}
