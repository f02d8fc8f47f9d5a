package org.analyst.statement;

import static org.analyst.graphql.Fixtures.actorId;
import static org.analyst.graphql.Fixtures.publishedArticle;
import static org.analyst.graphql.Fixtures.unique;
import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.analyst.graphql.EditorialProfile;
import org.analyst.graphql.GlobalId;
import org.analyst.graphql.GraphQLClient.Response;
import org.analyst.security.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The statements about an actor are read through its target rows, which copy their statement's
 * date (V5__target_sort_date.sql): both lists of them, statementsAbout and statements filtered by
 * target, stay in date order as statements are edited, and list a statement once however often
 * it names the actor, or the filter's actors.
 */
@QuarkusTest
@TestProfile(EditorialProfile.class)
class StatementsAboutActorTest {

    @Inject
    DataSource dataSource;

    private static final String CREATE = """
            mutation($input: StatementInput!) { statementCreate(input: $input) {
              statement { id version } userErrors { field message code } } }""";
    private static final String UPDATE = """
            mutation($id: ID!, $input: StatementInput!, $version: Int!) {
              statementUpdate(id: $id, input: $input, expectedVersion: $version) { userErrors { field message code } } }""";
    private static final String ABOUT = """
            query($actor: ID!, $first: Int, $after: String) {
              about: node(id: $actor) { ... on Actor { statementsAbout(first: $first, after: $after) {
                totalCount nodes { summary } pageInfo { endCursor } } } }
              filtered: statements(filter: {targetIds: [$actor]}, first: $first, after: $after) {
                totalCount nodes { summary } pageInfo { endCursor } } }""";

    @Test
    void anEditMovesAStatementToItsNewDateInBothLists() {
        String actor = newActor();
        String article = publishedArticle();
        Map<String, Object> march = create(statement(actor, article, "March", "2021-03-01", 1));
        create(statement(actor, article, "May", "2021-05-01", 1));
        create(statement(actor, article, "July", "2021-07-01", 1));
        assertEquals(List.of("July", "May", "March"), summaries(actor));

        var moved = query(Tokens.editor(), UPDATE, Map.of("id", march.get("id"), "version", march.get("version"),
                "input", statement(actor, article, "March", "2021-09-01", 1))).ok();

        assertEquals(List.of(), moved.userErrors("statementUpdate"));
        assertEquals(List.of("March", "July", "May"), summaries(actor), "dated September now, it comes first");
    }

    @Test
    void aDateChangedInTheDatabaseAloneMovesTheStatementToo() throws SQLException {
        String actor = newActor();
        String article = publishedArticle();
        Map<String, Object> early = create(statement(actor, article, "Early", "2021-01-01", 1));
        create(statement(actor, article, "Late", "2021-12-01", 1));

        // As an import or a correction by hand would: the statement's row alone.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update statement set date_earliest = date '2022-01-01', date_latest = date '2022-01-01' where id = ?")) {
            update.setLong(1, GlobalId.keyOf((String) early.get("id"), Statement.TYPE));
            assertEquals(1, update.executeUpdate());
        }

        assertEquals(List.of("Early", "Late"), summaries(actor));
    }

    @Test
    void aStatementThatNamesTheActorTwiceIsListedOnce() {
        String actor = newActor();
        String article = publishedArticle();
        create(statement(actor, article, "Twice", "2021-04-01", 2));
        create(statement(actor, article, "Once", "2021-02-01", 1));

        var lists = about(actor, 10, null);

        for (String list : List.of("about.statementsAbout", "filtered")) {
            assertEquals(List.of("Twice", "Once"), lists.data(list + ".nodes.summary"), list);
            assertEquals(2, (int) lists.data(list + ".totalCount"), list);
        }
    }

    @Test
    void aStatementThatNamesTwoOfTheFiltersActorsIsListedOnce() {
        String first = newActor();
        String second = newActor();
        String article = publishedArticle();
        Map<String, Object> both = statement(first, article, "Both", "2021-06-01", 1);
        both.put("targets", List.of(Map.of("actorId", first, "role", "ADDRESSEE", "stance", "CRITICAL"),
                Map.of("actorId", second, "role", "SUBJECT", "stance", "HOSTILE")));
        create(both);
        create(statement(second, article, "Second", "2021-05-01", 1));
        create(statement(first, article, "First", "2021-04-01", 1));

        var listed = query(Tokens.editor(), """
                query($actors: [ID!]) { statements(filter: {targetIds: $actors}, first: 10) { totalCount nodes { summary } } }""",
                Map.of("actors", List.of(first, second))).ok();

        assertEquals(List.of("Both", "Second", "First"), listed.data("statements.nodes.summary"));
        assertEquals(3, (int) listed.data("statements.totalCount"));
    }

    /** Both lists, a statement a page: each page's cursor, which both lists share, leads to the next. */
    private static List<String> summaries(String actor) {
        List<String> listed = new ArrayList<>();
        String after = null;
        do {
            Response page = about(actor, 1, after);
            List<String> about = page.data("about.statementsAbout.nodes.summary");
            assertEquals(about, page.data("filtered.nodes.summary"), "statements(filter: {targetIds}) lists what statementsAbout does");
            listed.addAll(about);
            after = page.data("about.statementsAbout.pageInfo.endCursor");
        } while (after != null);
        return listed;
    }

    private static Response about(String actor, int first, String after) {
        Map<String, Object> variables = new HashMap<>(Map.of("actor", actor, "first", first));
        variables.put("after", after);
        return query(Tokens.editor(), ABOUT, variables).ok();
    }

    private static String newActor() {
        return query(Tokens.editor(), "mutation($input: ActorInput!) { actorCreate(input: $input) { actor { id } } }",
                Map.of("input", Map.of("kind", "STATE", "name", "Statia " + unique()))).ok().data("actorCreate.actor.id");
    }

    private static Map<String, Object> create(Map<String, Object> input) {
        var created = query(Tokens.editor(), CREATE, Map.of("input", input)).ok();
        assertEquals(List.of(), created.userErrors("statementCreate"));
        return created.data("statementCreate.statement");
    }

    /** A statement of Kazakhstan's on a day, reported by the article, naming the actor as target that many times. */
    private static Map<String, Object> statement(String actor, String article, String summary, String day, int times) {
        List<Map<String, Object>> targets = new ArrayList<>();
        for (String role : List.of("ADDRESSEE", "SUBJECT").subList(0, times)) {
            targets.add(Map.of("actorId", actor, "role", role, "stance", "CRITICAL"));
        }
        Map<String, Object> input = new HashMap<>();
        input.put("speakerId", actorId("kazakhstan"));
        input.put("kind", "CRITICISM");
        input.put("summary", summary);
        input.put("date", Map.of("precision", "DAY", "earliest", day, "latest", day));
        input.put("targets", targets);
        input.put("attestations", List.of(Map.of("articleId", article, "form", "SUMMARY", "start", 0, "end", 24)));
        return input;
    }
}
