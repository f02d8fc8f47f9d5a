package org.analyst.statement;

import static org.analyst.graphql.Fixtures.actorId;
import static org.analyst.graphql.Fixtures.createDraft;
import static org.analyst.graphql.Fixtures.publishedArticle;
import static org.analyst.graphql.Fixtures.section;
import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
class StatementMutationsTest {

    // Offsets point into Fixtures.DRAFT_BODY.
    private static final String CREATE = """
            mutation($input: StatementInput!) { statementCreate(input: $input) {
              statement { id version kind mode medium attribution status quote summary
                          date { text precision earliest latest }
                          speaker { slug } targets { actor { slug } role stance explicitness }
                          attestations { form excerpt start end article { id } } relations { type statement { id } } }
              userErrors { field message code } } }""";
    private static final String UPDATE = """
            mutation($id: ID!, $input: StatementInput!, $version: Int!) {
              statementUpdate(id: $id, input: $input, expectedVersion: $version) {
                statement { id version relations { type statement { id } } } userErrors { field message code } } }""";
    private static final String READ = """
            query($id: ID!) { statement(id: $id) { id version summary attestations { excerpt start end } } }""";

    @Test
    void anEditorRecordsAStatementWithItsPassage() {
        String article = publishedArticle();
        var created = create(input(article, 0, 24, "SUMMARY"));
        assertEquals(List.of(), created.userErrors("statementCreate"));
        Map<String, Object> statement = created.data("statementCreate.statement");
        assertEquals("REPORTED_POSITION", statement.get("mode"));
        assertEquals("UNSPECIFIED", statement.get("medium"));
        assertEquals("CONFIRMED", statement.get("attribution"));
        assertEquals("ACTIVE", statement.get("status"));
        assertEquals(Map.of("text", "2022-06", "precision", "MONTH", "earliest", "2022-06-01", "latest", "2022-06-30"),
                statement.get("date"));
        assertEquals(List.of(Map.of("form", "SUMMARY", "excerpt", "Astana said no to Moscow", "start", 0, "end", 24,
                "article", Map.of("id", article))), statement.get("attestations"));
        assertEquals(List.of(Map.of("actor", Map.of("slug", "russia"), "role", "REFUSED", "stance", "CRITICAL",
                "explicitness", "EXPLICIT")), statement.get("targets"));
        assertEquals(statement.get("id"), query(READ, Map.of("id", statement.get("id"))).ok().data("statement.id"),
                "readers see statements of published articles");
    }

    @Test
    void aDateThatIsNoDayOfTheCalendarIsRefusedBeforeAnythingRuns() {
        String article = publishedArticle();
        Map<String, Object> input = input(article, 0, 24, "SUMMARY");
        input.put("date", Map.of("precision", "DAY", "earliest", "2022-02-30", "latest", "2022-02-30"));
        int before = statementCount();

        var refused = query(Tokens.editor(), CREATE, Map.of("input", input));

        assertEquals("GRAPHQL_VALIDATION_FAILED", refused.errorCode(), refused.errors().toString());
        assertTrue(refused.errorMessage().contains("'2022-02-30' is not an ISO-8601 date such as 2022-09-14"),
                refused.errorMessage());
        assertFalse(refused.errorMessage().contains("org.analyst"), "no Java class in a client's error");
        assertEquals(before, statementCount());
    }

    private static int statementCount() {
        return query(Tokens.editor(), "{ statements { totalCount } }", Map.of()).ok().data("statements.totalCount");
    }

    @Test
    void everyRuleIsAUserErrorWithItsPathAndNothingIsWritten() {
        String article = publishedArticle();
        Map<String, Object> input = input(article, 26, 500, "SUMMARY");
        input.put("speakerId", "QWN0b3I6OTk5OTk");
        input.put("date", Map.of("precision", "DAY", "earliest", "2022-06-01", "latest", "2022-06-02"));
        input.put("targets", List.of(Map.of("actorId", actorId("russia"), "role", "WARNED", "stance", "HOSTILE",
                "interpretedById", actorId("natalia-konarzewska"))));
        input.put("attestations", List.of(
                Map.of("articleId", article, "form", "SUMMARY", "start", 26, "end", 500),
                Map.of("articleId", article, "form", "DIRECT_QUOTE", "start", 0, "end", 24),
                Map.of("articleId", "QXJ0aWNsZTo5OTk5", "form", "SUMMARY", "start", 0, "end", 1)));
        input.put("quote", "Beijing said yes");

        var rejected = create(input);

        assertEquals(List.of(
                "NOT_FOUND input.speakerId",
                "INVALID input.date.precision",
                "INVALID input.targets.0.interpretedById",
                "INVALID input.attestations.0.end",
                "INVALID input.attestations.1.form",
                "NOT_FOUND input.attestations.2.articleId"), rejected.userErrors("statementCreate"));
        assertNull(rejected.data("statementCreate.statement"));
        assertEquals(0, statementsOf(article), "nothing was written");
    }

    @Test
    void aStatementCannotBeDatedAfterTheArticleThatReportsItOrRelateToItself() {
        String article = publishedArticle();
        Map<String, Object> future = input(article, 0, 24, "SUMMARY");
        future.put("date", Map.of("precision", "YEAR", "earliest", "2999-01-01", "latest", "2999-12-31"));
        assertEquals(List.of("INVALID input.date"), create(future).userErrors("statementCreate"));

        Map<String, Object> statement = create(input(article, 0, 24, "SUMMARY")).data("statementCreate.statement");
        Map<String, Object> selfRelated = input(article, 0, 24, "SUMMARY");
        selfRelated.put("relations", List.of(Map.of("type", "SAME_AS", "statementId", statement.get("id"))));
        var rejected = query(Tokens.editor(), UPDATE, Map.of("id", statement.get("id"), "version", statement.get("version"),
                "input", selfRelated)).ok();
        assertEquals(List.of("INVALID input.relations.0.statementId"), rejected.userErrors("statementUpdate"));
        assertEquals(statement.get("version"), query(READ, Map.of("id", statement.get("id"))).ok().data("statement.version"));
    }

    @Test
    void aPassageOccursOnceInItsArticleAndARelationIsListedOnce() {
        String article = publishedArticle();
        String other = (String) create(input(article, 0, 24, "SUMMARY")).data("statementCreate.statement.id");
        Map<String, Object> input = input(article, 0, 6, "SUMMARY"); // "Astana", twice in the body
        input.put("relations", List.of(Map.of("type", "SIMILAR_TO", "statementId", other),
                Map.of("type", "SIMILAR_TO", "statementId", other)));

        var rejected = create(input);

        assertEquals(List.of("INVALID input.attestations.0.end", "INVALID input.relations.1.statementId"),
                rejected.userErrors("statementCreate"));
        assertEquals(1, statementsOf(article), "nothing was written");
    }

    @Test
    void attestationsFollowTheirArticlesTextOrTheChangeIsRefused() {
        Map<String, Object> draft = createDraft();
        String article = (String) draft.get("id");
        String statement = (String) create(input(article, 26, 52, "PARAPHRASE")).data("statementCreate.statement.id");
        String articleUpdate = """
                mutation($id: ID!, $input: ArticleInput!, $version: Int!) {
                  articleUpdate(id: $id, input: $input, expectedVersion: $version) {
                    article { version } userErrors { field message code } } }""";

        var moved = query(Tokens.editor(), articleUpdate, Map.of("id", article, "version", draft.get("version"),
                "input", Map.of("title", "Moved", "sections", List.of(section("LEDE", null, "A new lede."),
                        section("BODY", null, "Astana said no to Moscow. Beijing said yes to Astana."))))).ok();
        assertEquals(List.of(), moved.userErrors("articleUpdate"));
        assertEquals(List.of(Map.of("excerpt", "Beijing said yes to Astana", "start", 39, "end", 65)),
                query(Tokens.editor(), READ, Map.of("id", statement)).ok().data("statement.attestations"));

        var refused = query(Tokens.editor(), articleUpdate, Map.of("id", article, "version",
                moved.<Integer>data("articleUpdate.article.version"), "input", Map.of("title", "Cut",
                        "sections", List.of(section("BODY", null, "Nothing about Beijing."))))).ok();
        assertEquals(List.of("INVALID input.sections"), refused.userErrors("articleUpdate"));
    }

    @Test
    void deletingAnArticleTakesItsAttestationsAndTheStatementsItAloneReported() {
        String first = publishedArticle();
        String second = publishedArticle();
        String alone = (String) create(input(first, 0, 24, "SUMMARY")).data("statementCreate.statement.id");
        Map<String, Object> both = input(first, 0, 24, "SUMMARY");
        both.put("attestations", List.of(Map.of("articleId", first, "form", "SUMMARY", "start", 0, "end", 24),
                Map.of("articleId", second, "form", "SUMMARY", "start", 26, "end", 52)));
        both.put("relations", List.of(Map.of("type", "SIMILAR_TO", "statementId", alone)));
        String shared = (String) create(both).data("statementCreate.statement.id");

        var deleted = query(Tokens.admin(), "mutation($id: ID!) { articleDelete(id: $id) { deletedId userErrors { code } } }",
                Map.of("id", first)).ok();

        assertEquals(first, deleted.data("articleDelete.deletedId"));
        assertNull(query(Tokens.editor(), READ, Map.of("id", alone)).ok().data("statement"), "reported by it alone");
        var survivor = query(Tokens.editor(), """
                query($id: ID!) { statement(id: $id) { attestations { article { id } } relations { type } } }""",
                Map.of("id", shared)).ok();
        assertEquals(List.of(Map.of("article", Map.of("id", second))), survivor.data("statement.attestations"));
        assertEquals(List.of(), survivor.data("statement.relations"), "relations to deleted statements go too");
    }

    @Test
    void aStatementOnlyADraftReportsIsHiddenFromReadersOnTheActorsPages() {
        Map<String, Object> statement = input((String) createDraft().get("id"), 0, 24, "SUMMARY");
        statement.put("summary", "Astana refuses, in a draft.");
        assertEquals(List.of(), create(statement).userErrors("statementCreate"));
        String pages = """
                { speaker: actor(slug: "kazakhstan") { statements(first: 100) { nodes { summary } } }
                  target: actor(slug: "russia") { statementsAbout(first: 100) { nodes { summary } } } }""";
        var reader = query(pages);
        var editor = query(Tokens.editor(), pages, Map.of());
        for (String page : List.of("speaker.statements", "target.statementsAbout")) {
            assertFalse(reader.ok().<List<String>>data(page + ".nodes.summary").contains("Astana refuses, in a draft."), page);
            assertTrue(editor.ok().<List<String>>data(page + ".nodes.summary").contains("Astana refuses, in a draft."), page);
        }
    }

    @Test
    void deletingAStatementNeedsTheAdminRole() {
        String statement = (String) create(input(publishedArticle(), 0, 24, "SUMMARY")).data("statementCreate.statement.id");
        String delete = "mutation($id: ID!) { statementDelete(id: $id) { deletedId userErrors { code } } }";
        assertEquals("FORBIDDEN", query(Tokens.editor(), delete, Map.of("id", statement)).errorCode());
        assertEquals(statement, query(Tokens.admin(), delete, Map.of("id", statement)).ok().data("statementDelete.deletedId"));
        assertNull(query(Tokens.editor(), READ, Map.of("id", statement)).ok().data("statement"));
    }

    private static Response create(Map<String, Object> input) {
        return query(Tokens.editor(), CREATE, Map.of("input", input)).ok();
    }

    private static Map<String, Object> input(String article, int start, int end, String form) {
        Map<String, Object> input = new HashMap<>();
        input.put("speakerId", actorId("kazakhstan"));
        input.put("kind", "REFUSAL");
        input.put("summary", "Astana refuses.");
        input.put("date", Map.of("precision", "MONTH", "earliest", "2022-06-01", "latest", "2022-06-30"));
        input.put("targets", List.of(Map.of("actorId", actorId("russia"), "role", "REFUSED", "stance", "CRITICAL")));
        input.put("attestations", List.of(Map.of("articleId", article, "form", form, "start", start, "end", end)));
        return input;
    }

    private static int statementsOf(String article) {
        return query(Tokens.editor(), "query($id: ID) { article(id: $id) { statements { totalCount } } }",
                Map.of("id", article)).ok().<Integer>data("article.statements.totalCount");
    }
}
