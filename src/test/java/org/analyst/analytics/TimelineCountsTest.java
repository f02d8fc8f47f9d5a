package org.analyst.analytics;

import static org.analyst.graphql.Fixtures.actorId;
import static org.analyst.graphql.Fixtures.createDraft;
import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.analyst.graphql.EditorialProfile;
import org.analyst.graphql.GraphQLClient.Response;
import org.analyst.security.Tokens;
import org.analyst.statement.StatementKind;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A timeline without a filter reads the counts PostgreSQL keeps as statements, their targets, their
 * passages and articles change; they must be what counting every statement gives. A filter naming
 * every kind matches the same statements but counts them one by one, so the two are compared, for
 * readers and editors, every interval, with and without interpreted targets, before and after writes.
 */
@QuarkusTest
@TestProfile(EditorialProfile.class)
class TimelineCountsTest {

    private static final String TIMELINE = """
            query($filter: StatementFilter, $interval: TimeInterval!) {
              statementTimeline(filter: $filter, interval: $interval) {
                start end count possibleCount byStance { stance count } byKind { kind count } } }""";
    private static final List<String> EVERY_KIND = Arrays.stream(StatementKind.values()).map(Enum::name).toList();

    @Test
    void keptCountsAreTheCountsOfEveryStatement() {
        assertKeptCountsMatch();
    }

    @Test
    void writesMoveTheKeptCountsWithTheStatements() {
        List<Map<String, Object>> readers = kept(null, "YEAR", false);
        List<Map<String, Object>> editors = kept(Tokens.editor(), "YEAR", false);

        Map<String, Object> draft = createDraft();
        String article = (String) draft.get("id");
        Map<String, Object> statement = createStatement(article);
        assertEquals(readers, kept(null, "YEAR", false), "a statement only a draft reports is not the readers'");
        assertNotEquals(editors, kept(Tokens.editor(), "YEAR", false), "editors count it");
        assertKeptCountsMatch();

        int version = query(Tokens.editor(), """
                mutation($id: ID!, $version: Int!) { articlePublish(id: $id, expectedVersion: $version) {
                  article { version } userErrors { code } } }""", Map.of("id", article, "version", draft.get("version")))
                .ok().data("articlePublish.article.version");
        assertNotEquals(readers, kept(null, "YEAR", false), "published, the readers count it");
        assertKeptCountsMatch();

        Map<String, Object> input = statementInput(article, "2023-03-01", "2023-03-31", "SUPPORTIVE");
        var updated = query(Tokens.editor(), """
                mutation($id: ID!, $input: StatementInput!, $version: Int!) {
                  statementUpdate(id: $id, input: $input, expectedVersion: $version) { userErrors { code } } }""",
                Map.of("id", statement.get("id"), "input", input, "version", statement.get("version"))).ok();
        assertEquals(List.of(), updated.data("statementUpdate.userErrors.code"));
        assertKeptCountsMatch();

        query(Tokens.editor(), """
                mutation($id: ID!, $version: Int!) { articleWithdraw(id: $id, expectedVersion: $version) {
                  article { status } } }""", Map.of("id", article, "version", version)).ok();
        assertEquals(readers, kept(null, "YEAR", false), "withdrawn, the readers no longer count it");
        assertKeptCountsMatch();

        var deleted = query(Tokens.admin(), "mutation($id: ID!) { statementDelete(id: $id) { deletedId } }",
                Map.of("id", statement.get("id"))).ok();
        assertEquals(statement.get("id"), deleted.data("statementDelete.deletedId"));
        assertEquals(editors, kept(Tokens.editor(), "YEAR", false), "deleted, it counts nowhere");
        assertKeptCountsMatch();
    }

    private static void assertKeptCountsMatch() {
        for (String token : Arrays.asList(null, Tokens.editor())) {
            for (String interval : List.of("WEEK", "MONTH", "QUARTER", "YEAR")) {
                for (boolean interpreted : List.of(false, true)) {
                    String reader = token == null ? "a reader" : "an editor";
                    assertEquals(counted(token, interval, interpreted), kept(token, interval, interpreted),
                            reader + "'s " + interval + " timeline, includeInterpreted " + interpreted);
                }
            }
        }
    }

    private static List<Map<String, Object>> kept(String token, String interval, boolean interpreted) {
        return timeline(token, Map.of("includeInterpreted", interpreted), interval);
    }

    private static List<Map<String, Object>> counted(String token, String interval, boolean interpreted) {
        return timeline(token, Map.of("includeInterpreted", interpreted, "kinds", EVERY_KIND), interval);
    }

    private static List<Map<String, Object>> timeline(String token, Map<String, Object> filter, String interval) {
        Map<String, Object> variables = Map.of("filter", filter, "interval", interval);
        Response response = token == null ? query(TIMELINE, variables) : query(token, TIMELINE, variables);
        return response.ok().data("statementTimeline");
    }

    /** A hostile refusal of June 2022 towards Russia (an interpreted supportive stance towards China besides). */
    private static Map<String, Object> createStatement(String article) {
        var created = query(Tokens.editor(), """
                mutation($input: StatementInput!) { statementCreate(input: $input) {
                  statement { id version } userErrors { field message code } } }""",
                Map.of("input", statementInput(article, "2022-06-01", "2022-06-30", "HOSTILE"))).ok();
        assertEquals(List.of(), created.userErrors("statementCreate"));
        return created.data("statementCreate.statement");
    }

    private static Map<String, Object> statementInput(String article, String earliest, String latest, String stance) {
        Map<String, Object> input = new HashMap<>();
        input.put("speakerId", actorId("kazakhstan"));
        input.put("kind", "REFUSAL");
        input.put("summary", "Astana refuses.");
        input.put("date", Map.of("precision", "MONTH", "earliest", earliest, "latest", latest));
        input.put("targets", List.of(
                Map.of("actorId", actorId("russia"), "role", "ADDRESSEE", "stance", stance),
                Map.of("actorId", actorId("china"), "role", "SUBJECT", "stance", "SUPPORTIVE", "explicitness", "INTERPRETED")));
        input.put("attestations", List.of(Map.of("articleId", article, "form", "SUMMARY", "start", 0, "end", 24)));
        return input;
    }
}
