package org.analyst.actor;

import static org.analyst.graphql.Fixtures.actorId;
import static org.analyst.graphql.Fixtures.section;
import static org.analyst.graphql.Fixtures.unique;
import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.analyst.graphql.EditorialProfile;
import org.analyst.graphql.GraphQLClient.Response;
import org.analyst.security.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(EditorialProfile.class)
class ActorMutationsTest {

    static final String CREATE = """
            mutation($input: ActorInput!) { actorCreate(input: $input) {
              actor { id slug name kind version description organizationType updatedBy
                      aliases { name type } country { slug }
                      positions { title current organization { slug } start { text precision } end { text } } }
              userErrors { field message code } } }""";
    private static final String UPDATE = """
            mutation($id: ID!, $input: ActorInput!, $version: Int!) {
              actorUpdate(id: $id, input: $input, expectedVersion: $version) {
                actor { id name version slug aliases { name } } userErrors { field message code } } }""";
    private static final String MERGE = """
            mutation($source: ID!, $target: ID!) { actorMerge(sourceId: $source, targetId: $target) {
              actor { id slug aliases { name type } positions { title } } userErrors { field message code } } }""";
    private static final String DELETE = """
            mutation($id: ID!) { actorDelete(id: $id) { deletedId userErrors { field message code } } }""";

    @Test
    void anEditorCreatesAnActorWithAliasesCountryAndPositions() {
        var created = create(Map.of("kind", "PERSON", "name", "Mikhail Mishustin " + unique(),
                "countryId", actorId("russia"), "aliases", List.of(Map.of("name", "Mishustin", "type", "ALIAS")),
                "positions", List.of(Map.of("title", "Prime Minister", "organizationId", actorId("russia"),
                        "start", Map.of("precision", "MONTH", "earliest", "2020-01-01", "latest", "2020-01-31")))));
        assertEquals(List.of(), created.userErrors("actorCreate"));
        Map<String, Object> actor = created.data("actorCreate.actor");
        assertTrue(((String) actor.get("slug")).startsWith("mikhail-mishustin-"));
        assertEquals(Map.of("slug", "russia"), actor.get("country"));
        assertEquals(List.of(Map.of("name", "Mishustin", "type", "ALIAS")), actor.get("aliases"));
        assertEquals(List.of("Prime Minister"), created.data("actorCreate.actor.positions.title"));
        assertEquals(List.of(true), created.data("actorCreate.actor.positions.current"), "no end: current");
        assertEquals(List.of("russia"), created.data("actorCreate.actor.positions.organization.slug"));
        assertEquals(List.of(Map.of("text", "2020-01", "precision", "MONTH")), created.data("actorCreate.actor.positions.start"));
        assertEquals("test-editor", actor.get("updatedBy"));
    }

    @Test
    void domainRulesAreUserErrorsWithPaths() {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", "PERSON");
        input.put("name", "Nobody " + unique());
        input.put("slug", "halyk-bank");
        input.put("countryId", actorId("halyk-bank"));
        input.put("organizationType", "COMPANY");
        input.put("positions", List.of(Map.of("title", "Chair",
                "start", Map.of("precision", "DAY", "earliest", "2020-01-01", "latest", "2020-01-02"),
                "end", Map.of("precision", "YEAR", "earliest", "2019-01-01", "latest", "2019-12-31"))));
        var rejected = create(input);
        assertEquals(List.of("DUPLICATE input.slug", "INVALID input.organizationType", "INVALID input.countryId",
                "INVALID input.positions.0.start.precision", "INVALID input.positions.0.end"),
                rejected.userErrors("actorCreate"));
        assertNull(rejected.data("actorCreate.actor"));
        assertEquals(0, (int) query("query($name: String) { actors(filter: {name: $name}) { totalCount } }",
                Map.of("name", input.get("name"))).ok().<Integer>data("actors.totalCount"), "nothing was written");
    }

    @Test
    void anUpdateNeedsTheCurrentVersion() {
        Map<String, Object> actor = create(Map.of("kind", "GROUP", "name", "Pundits " + unique())).ok()
                .data("actorCreate.actor");
        var updated = query(Tokens.editor(), UPDATE, Map.of("id", actor.get("id"), "version", 0,
                "input", Map.of("kind", "GROUP", "name", "Renamed Pundits", "aliases", List.of(Map.of("name", "RP",
                        "type", "ABBREVIATION"))))).ok();
        assertEquals(List.of(), updated.userErrors("actorUpdate"));
        assertEquals(1, (int) updated.<Integer>data("actorUpdate.actor.version"));
        assertEquals(actor.get("slug"), updated.data("actorUpdate.actor.slug"));

        var stale = query(Tokens.editor(), UPDATE, Map.of("id", actor.get("id"), "version", 0,
                "input", Map.of("kind", "GROUP", "name", "Lost"))).ok();
        assertEquals(List.of("STALE_VERSION expectedVersion"), stale.userErrors("actorUpdate"));
    }

    @Test
    void mergeMovesEveryReferenceToTheTarget() {
        String source = (String) create(Map.of("kind", "STATE", "name", "Duplicate State " + unique(),
                "aliases", List.of(Map.of("name", "DS", "type", "ABBREVIATION")),
                "positions", List.of(Map.of("title", "Seat at the table")))).ok().data("actorCreate.actor.id");
        String target = (String) create(Map.of("kind", "STATE", "name", "Kept State " + unique())).ok()
                .data("actorCreate.actor.id");
        String member = (String) create(Map.of("kind", "PERSON", "name", "Citizen " + unique(), "countryId", source,
                "positions", List.of(Map.of("title", "Envoy", "organizationId", source)))).ok().data("actorCreate.actor.id");
        String article = articleNaming(source);
        String publication = publicationNaming(source);
        String statement = statementNaming(source, article);

        var merged = query(Tokens.admin(), MERGE, Map.of("source", source, "target", target)).ok();

        assertEquals(List.of(), merged.userErrors("actorMerge"));
        List<String> aliases = merged.data("actorMerge.actor.aliases.name");
        assertTrue(aliases.get(0).startsWith("Duplicate State "), "the source's name is an alias: " + aliases);
        assertEquals("DS", aliases.get(1));
        assertEquals(List.of("Seat at the table"), merged.data("actorMerge.actor.positions.title"));
        assertNull(query("query($id: ID!) { node(id: $id) { id } }", Map.of("id", source)).ok().data("node"));

        var moved = query(Tokens.editor(), """
                query($member: ID, $article: ID, $publication: ID, $statement: ID!) {
                  member: actor(id: $member) { country { id } positions { organization { id } } }
                  article: article(id: $article) { authors { id } regions { id } mentions { id } }
                  publication: publication(id: $publication) { outlet { id } publishers { id } contributors { actor { id } } }
                  statement: statement(id: $statement) { speaker { id } targets { actor { id } interpretedBy { id } } } }""",
                Map.of("member", member, "article", article, "publication", publication, "statement", statement)).ok();
        Map<String, String> targetRef = Map.of("id", target);
        assertEquals(targetRef, moved.data("member.country"));
        assertEquals(List.of(Map.of("organization", targetRef)), moved.data("member.positions"));
        assertEquals(List.of(targetRef), moved.data("article.authors"));
        assertEquals(List.of(targetRef), moved.data("article.regions"));
        assertEquals(List.of(targetRef), moved.data("article.mentions"));
        assertEquals(targetRef, moved.data("publication.outlet"));
        assertEquals(List.of(targetRef), moved.data("publication.publishers"));
        assertEquals(List.of(Map.of("actor", targetRef)), moved.data("publication.contributors"));
        assertEquals(targetRef, moved.data("statement.speaker"));
        assertEquals(List.of(Map.of("actor", targetRef, "interpretedBy", targetRef)), moved.data("statement.targets"));

        assertEquals(List.of("IN_USE id"), query(Tokens.admin(), DELETE, Map.of("id", target)).ok().userErrors("actorDelete"));
    }

    @Test
    void mergeAndDeleteNeedTheAdminRole() {
        String a = (String) create(Map.of("kind", "GROUP", "name", "A " + unique())).ok().data("actorCreate.actor.id");
        String b = (String) create(Map.of("kind", "GROUP", "name", "B " + unique())).ok().data("actorCreate.actor.id");
        assertEquals("FORBIDDEN", query(Tokens.editor(), MERGE, Map.of("source", a, "target", b)).errorCode());
        assertEquals("FORBIDDEN", query(Tokens.editor(), DELETE, Map.of("id", a)).errorCode());
        assertEquals("UNAUTHENTICATED", query(DELETE, Map.of("id", a)).errorCode());
        assertEquals(List.of("INVALID targetId"), query(Tokens.admin(), MERGE, Map.of("source", a, "target", a)).ok()
                .userErrors("actorMerge"));

        assertEquals(a, query(Tokens.admin(), DELETE, Map.of("id", a)).ok().data("actorDelete.deletedId"));
        assertNull(query("query($id: ID!) { node(id: $id) { id } }", Map.of("id", a)).ok().data("node"));
        assertEquals(List.of("NOT_FOUND id"), query(Tokens.admin(), DELETE, Map.of("id", a)).ok().userErrors("actorDelete"));
    }

    static Response create(Map<String, Object> input) {
        return query(Tokens.editor(), CREATE, Map.of("input", input)).ok();
    }

    private static String articleNaming(String actor) {
        return query(Tokens.editor(), """
                mutation($input: ArticleInput!) { articleCreate(input: $input) { article { id } userErrors { code } } }""",
                Map.of("input", Map.of("title", "Naming " + unique(), "authorIds", List.of(actor), "regionIds", List.of(actor),
                        "mentionIds", List.of(actor), "sections", List.of(section("BODY", null, "The state spoke."))))).ok()
                .data("articleCreate.article.id");
    }

    private static String publicationNaming(String actor) {
        return query(Tokens.editor(), """
                mutation($input: PublicationInput!) { publicationCreate(input: $input) { publication { id } userErrors { code } } }""",
                Map.of("input", Map.of("kind", "REPORT", "title", "Report " + unique(), "outletId", actor,
                        "publisherIds", List.of(actor), "contributors", List.of(Map.of("actorId", actor, "role", "AUTHOR")))))
                .ok().data("publicationCreate.publication.id");
    }

    private static String statementNaming(String actor, String article) {
        return query(Tokens.editor(), """
                mutation($input: StatementInput!) { statementCreate(input: $input) { statement { id } userErrors { code field message } } }""",
                Map.of("input", Map.of("speakerId", actor, "kind", "ASSERTION", "summary", "It spoke about itself.",
                        "date", Map.of("precision", "UNKNOWN"),
                        "targets", List.of(Map.of("actorId", actor, "role", "SUBJECT", "stance", "NEUTRAL",
                                "explicitness", "INTERPRETED", "interpretedById", actor)),
                        "attestations", List.of(Map.of("articleId", article, "form", "SUMMARY", "start", 0, "end", 9)))))
                .ok().data("statementCreate.statement.id");
    }
}
