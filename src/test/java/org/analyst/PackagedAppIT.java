package org.analyst;

import static io.restassured.RestAssured.given;
import static org.analyst.graphql.GraphQLClient.query;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import org.analyst.graphql.GraphQLClient.Response;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The packaged application (target/quarkus-app, prod profile) answers the key queries, enforces
 * the limits, reports health and metrics, masks internal errors and allows no foreign origin.
 * A native build runs the same class against the native executable.
 */
@QuarkusIntegrationTest
@TestProfile(PackagedAppProfile.class)
class PackagedAppIT {

    @Test
    void theArticleWithItsAuthorsAndSections() {
        Response response = query("""
                { article(slug: "china-backs-kazakhstan-against-russian-threats") {
                    title authors { name } sections { role heading } } }""").ok();
        assertEquals("China Backs Kazakhstan Against Russian Threats", response.data("article.title"));
        assertEquals(List.of("Natalia Konarzewska"), response.data("article.authors.name"));
        assertTrue(response.<List<?>>data("article.sections").size() > 2);
        assertNotNull(response.extension("cost.complexity"), "the cost is reported");
    }

    @Test
    void hostileStatementsAboutKazakhstanIn2022() {
        Response response = query("""
                { actor(slug: "kazakhstan") {
                    statementsAbout(filter: {stances: [HOSTILE], from: "2022-01-01", to: "2022-12-31"}) {
                      totalCount nodes { summary speaker { name } attestations { excerpt } } } } }""").ok();
        assertEquals(9, (int) response.data("actor.statementsAbout.totalCount"));
    }

    @Test
    void limitsApply() {
        Response response = query("{ actor(slug: \"kazakhstan\") { " + "country { ".repeat(25) + "name" + " }".repeat(25) + " } }");
        assertEquals("QUERY_TOO_DEEP", response.errorCode());
    }

    @Test
    void healthAndMetrics() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        query("query Probe { __typename }").ok();
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("analyst_graphql_operation_seconds_count{operation=\"Probe\""))
                .body(containsString("agroal_active_count"));
    }

    @Test
    void theDeskAndTheConsoleAreServed() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<title>Analyst</title>"), page);
        String bundle = page.replaceFirst("(?s).*<script type=\"module\" src=\"([^\"]+)\".*", "$1");
        given().get(bundle).then().statusCode(200).body(containsString("FrontPage"));
        given().get("/q/graphql-ui/").then().statusCode(200).body(containsString("<title>Analyst console</title>"));
    }

    @Test
    void noForeignOriginByDefault() {
        given().header("Origin", "https://frontend.example").contentType("application/json")
                .body("{\"query\": \"{ __typename }\"}").post("/graphql")
                .then().statusCode(403);
    }

    @Test
    void internalErrorsLeakNothingAndTheirIdIsLogged() throws SQLException, IOException {
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            statement.execute("alter table actor rename column description to description_gone");
            try {
                Response response = query("{ actor(slug: \"kazakhstan\") { name } }");
                assertEquals("INTERNAL_SERVER_ERROR", response.errorCode());
                String errorId = response.errorExtension("errorId");
                assertEquals("Internal server error. Error id: " + errorId, response.errorMessage());
                // graphql-java's standard classification is the one exception name a client sees
                String body = response.json().prettify().toLowerCase().replace("\"datafetchingexception\"", "");
                for (String leak : List.of("description_gone", "sql", "exception", "org.", "hibernate", "postgres")) {
                    assertFalse(body.contains(leak), "'" + leak + "' leaked: " + body);
                }
                String log = Files.readString(Path.of("target", "quarkus.log"));
                String logged = log.lines().filter(line -> line.contains(errorId)).findFirst().orElse("");
                assertTrue(logged.contains("ERROR"), "the log names the error id: " + logged);
                assertTrue(log.substring(log.indexOf(errorId)).contains("description does not exist"),
                        "the full exception follows the id in the log");
            } finally {
                statement.execute("alter table actor rename column description_gone to description");
            }
        }
        assertEquals("Kazakhstan", query("{ actor(slug: \"kazakhstan\") { name } }").ok().data("actor.name"));
    }

    private static Connection database() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("currentSchema", PackagedAppProfile.SCHEMA);
        return DriverManager.getConnection(PackagedAppProfile.DATABASE, properties);
    }
}
