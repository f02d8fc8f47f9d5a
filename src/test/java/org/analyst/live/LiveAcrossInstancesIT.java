package org.analyst.live;

import static org.analyst.graphql.Fixtures.actorId;
import static org.analyst.graphql.Fixtures.createDraft;
import static org.analyst.graphql.Fixtures.publishedArticle;
import static org.analyst.graphql.Fixtures.unique;
import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.analyst.PackagedAppProfile;
import org.analyst.SecondInstance;
import org.analyst.TwoInstancesProfile;
import org.analyst.graphql.GlobalId;
import org.analyst.security.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Two instances of the packaged application on one database, as behind a load balancer: what is
 * written through one reaches the subscribers of the other, once, with PostgreSQL as the only thing
 * they share; and an instance that starts while a transaction is still open delivers its event when
 * it commits. Each test ends on a marker event, so "nothing else arrived" is the marker being next.
 */
@QuarkusIntegrationTest
@TestProfile(TwoInstancesProfile.class)
class LiveAcrossInstancesIT {

    private static final String ARTICLES = "subscription { articlePublished { id title } }";
    private static final String STATEMENTS = "subscription { statementAdded { id summary } }";
    private static final String CREATE = """
            mutation($input: StatementInput!) { statementCreate(input: $input) { statement { id } userErrors { code } } }""";

    @Test
    void aStatementAndAnArticleWrittenOnOneInstanceReachASubscriberOnTheOtherOnce() throws Exception {
        String article = publishedArticle();
        try (SecondInstance second = SecondInstance.start();
                LiveClient reader = LiveClient.connect(second.graphql(), "graphql-transport-ws", null)) {
            reader.subscribe("s", STATEMENTS, Map.of());
            reader.subscribe("a", ARTICLES, Map.of());

            String summary = "Astana refuses " + unique();
            String statement = create(article, summary);
            assertEquals(Map.of("statementAdded", Map.of("id", statement, "summary", summary)), reader.nextResult("s").get("data"));
            String published = publishedArticle();
            assertEquals(published, id(reader.nextResult("a"), "articlePublished"));

            String marker = create(article, "Marker " + unique());
            assertEquals(marker, id(reader.nextResult("s"), "statementAdded"), "the statement arrived once");
            String markerArticle = publishedArticle();
            assertEquals(markerArticle, id(reader.nextResult("a"), "articlePublished"), "the article arrived once");
        }
    }

    @Test
    void anInstanceStartingWhileATransactionIsOpenDeliversItsEventWhenItCommits() throws Exception {
        String inFlight = (String) createDraft().get("id");
        try (Connection open = direct()) {
            open.setAutoCommit(false);
            publishInSql(open, inFlight);
            try (Statement now = open.createStatement()) {
                // Its event is written now rather than at commit: it takes its id before the next one.
                now.execute("set constraints all immediate");
            }
            publishedArticle(); // committed above it: the highest id when the second instance starts
            try (SecondInstance second = SecondInstance.start();
                    LiveClient reader = LiveClient.connect(second.graphql(), "graphql-transport-ws", null)) {
                reader.subscribe("a", ARTICLES, Map.of());
                open.commit();
                assertEquals(inFlight, id(reader.nextResult("a"), "articlePublished"),
                        "committed below the highest id the instance started at");
                String marker = publishedArticle();
                assertEquals(marker, id(reader.nextResult("a"), "articlePublished"));
            }
        }
    }

    /** A connection to the instances' database and schema, outside both. */
    private static Connection direct() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("currentSchema", TwoInstancesProfile.SCHEMA);
        return DriverManager.getConnection(PackagedAppProfile.DATABASE, properties);
    }

    private static void publishInSql(Connection connection, String article) throws SQLException {
        try (PreparedStatement publish = connection.prepareStatement(
                "update article set status = 'PUBLISHED', published_at = now() where id = ?")) {
            publish.setLong(1, GlobalId.keyOf(article, "Article"));
            assertEquals(1, publish.executeUpdate());
        }
    }

    /** A statement saved through the instance the test framework started, into a published article. */
    private static String create(String article, String summary) {
        Map<String, Object> input = Map.of("speakerId", actorId("kazakhstan"), "kind", "REFUSAL", "summary", summary,
                "date", Map.of("precision", "MONTH", "earliest", "2022-06-01", "latest", "2022-06-30"),
                "targets", List.of(Map.of("actorId", actorId("russia"), "role", "REFUSED", "stance", "CRITICAL")),
                "attestations", List.of(Map.of("articleId", article, "form", "SUMMARY", "start", 0, "end", 24)));
        var created = query(Tokens.editor(), CREATE, Map.of("input", input)).ok();
        assertEquals(List.of(), created.data("statementCreate.userErrors"));
        return created.data("statementCreate.statement.id");
    }

    @SuppressWarnings("unchecked")
    private static String id(Map<String, Object> result, String field) {
        return (String) ((Map<String, Object>) ((Map<String, Object>) result.get("data")).get(field)).get("id");
    }
}
