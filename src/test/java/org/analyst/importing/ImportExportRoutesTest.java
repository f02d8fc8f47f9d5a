package org.analyst.importing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.analyst.graphql.TableFingerprints;
import org.analyst.security.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** An admin imports a document whole or not at all, and exports the dataset in the same format. */
@QuarkusTest
@TestProfile(TransferProfile.class)
class ImportExportRoutesTest {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    /**
     * Byte for byte: the export writes records and fields in a fixed order, so any difference
     * between the two exports is something the import lost or changed.
     */
    @Test
    void anExportImportedIntoAnEmptySchemaExportsTheSameDocument() throws Exception {
        String exported = export();
        ObjectNode sample = (ObjectNode) mapper.readTree(sampleDocument());
        sample.putNull("credit"); // the database keeps no credit
        assertEquals(sample, mapper.readTree(exported), "the sample data exports as it was shipped");

        emptySchema();
        JsonPath imported = post(Tokens.admin(), exported).then().statusCode(200).extract().jsonPath();

        assertEquals(Map.of("actors", 41, "publications", 9, "articles", 1, "statements", 31), imported.get("imported"));
        assertEquals(exported, export());
    }

    @Test
    void onlyAdminsImportAndExport() throws SQLException {
        Map<String, String> before = TableFingerprints.of(dataSource);
        String document = export();

        assertRefused(given().contentType(ContentType.JSON).body(document).post(ImportExportRoutes.IMPORT), 401,
                "UNAUTHENTICATED");
        assertRefused(post("not.a.token", document), 401, "UNAUTHENTICATED");
        assertRefused(post(Tokens.editor(), document), 403, "FORBIDDEN");
        String tooLarge = "x".repeat(TransferProfile.MAX_BODY_SIZE + 1);
        assertRefused(given().contentType(ContentType.JSON).body(tooLarge).post(ImportExportRoutes.IMPORT), 401,
                "UNAUTHENTICATED"); // the token is checked before the body is read
        assertRefused(given().get(ImportExportRoutes.EXPORT), 401, "UNAUTHENTICATED");
        assertRefused(given().auth().oauth2(Tokens.editor()).get(ImportExportRoutes.EXPORT), 403, "FORBIDDEN");
        assertEquals(before, TableFingerprints.of(dataSource), "nothing was written");
    }

    @Test
    void aDocumentWithProblemsIsRefusedWholeWithEveryProblem() throws SQLException {
        Map<String, String> before = TableFingerprints.of(dataSource);
        String document = """
                {"formatVersion": 1,
                 "actors": [{"slug": "new-group", "kind": "GROUP", "name": "New Group"},
                            {"slug": "kazakhstan", "kind": "STATE", "name": "Kazakhstan Again"}],
                 "statements": [{"key": "S1", "speaker": "new-group", "kind": "WARNING", "summary": "It warns.",
                                 "date": {"precision": "DAY", "earliest": "2022-06-01", "latest": "2022-06-02"},
                                 "targets": [{"actor": "nobody", "role": "WARNED", "stance": "HOSTILE"}],
                                 "attestations": [{"article": "china-backs-kazakhstan-against-russian-threats",
                                                   "form": "SUMMARY", "excerpt": "Astana"}]}]}""";

        JsonPath refused = assertRefused(post(Tokens.admin(), document), 422, "BAD_USER_INPUT");

        assertEquals("The document has 4 problem(s); nothing was imported", refused.get("message"));
        assertEquals(List.of(
                Map.of("path", "actors[1].slug", "message", "'kazakhstan' exists already", "code", "DUPLICATE"),
                Map.of("path", "statements[0].date.precision", "message", "a DAY has earliest = latest", "code", "INVALID"),
                Map.of("path", "statements[0].targets[0].actor", "message", "no actor has the slug 'nobody'",
                        "code", "NOT_FOUND"),
                Map.of("path", "statements[0].attestations[0].article", "message",
                        "'china-backs-kazakhstan-against-russian-threats' is not in this document: excerpts are located"
                                + " in the articles imported with them", "code", "INVALID")),
                refused.getList("problems"));
        assertEquals(before, TableFingerprints.of(dataSource), "nothing was written");
    }

    @Test
    void aDocumentThatDoesNotFitTheFormatIsRefusedAtItsPath() throws SQLException {
        Map<String, String> before = TableFingerprints.of(dataSource);

        JsonPath misspelt = assertRefused(post(Tokens.admin(), """
                {"formatVersion": 1, "actors": [{"slug": "a", "kind": "STATE", "name": "A", "nmae": "B"}]}"""), 422,
                "BAD_USER_INPUT");
        assertEquals(List.of(Map.of("path", "actors[0].nmae", "message", "is not a field of the import format",
                "code", "INVALID")), misspelt.getList("problems"));
        JsonPath badKind = assertRefused(post(Tokens.admin(), """
                {"formatVersion": 1, "actors": [{"slug": "a", "kind": "COUNTRY", "name": "A"}]}"""), 422,
                "BAD_USER_INPUT");
        assertEquals("actors[0].kind", badKind.get("problems[0].path"));
        assertEquals("'COUNTRY' is not one of [PERSON, STATE, ORGANIZATION, GROUP]", badKind.get("problems[0].message"));
        assertRefused(post(Tokens.admin(), "{\"formatVersion\": 1, \"actors\": ["), 400, "BAD_REQUEST");
        assertRefused(post(Tokens.admin(), ""), 400, "BAD_REQUEST");
        assertEquals(before, TableFingerprints.of(dataSource), "nothing was written");
    }

    @Test
    void aTooLargeDocumentIsRefused() throws SQLException {
        Map<String, String> before = TableFingerprints.of(dataSource);
        String tooLarge = "{\"formatVersion\": 1, \"credit\": \"" + "x".repeat(TransferProfile.MAX_BODY_SIZE) + "\"}";

        JsonPath refused = assertRefused(post(Tokens.admin(), tooLarge), 413, "REQUEST_TOO_LARGE");

        assertEquals("The document is larger than " + TransferProfile.MAX_BODY_SIZE
                + " bytes (analyst.import.max-body-size)", refused.get("message"));
        assertEquals(before, TableFingerprints.of(dataSource), "nothing was written");
    }

    private String export() {
        return given().auth().oauth2(Tokens.admin()).get(ImportExportRoutes.EXPORT)
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
    }

    private static Response post(String token, String document) {
        RequestSpecification request = given().auth().oauth2(token).contentType(ContentType.JSON);
        return (document.isEmpty() ? request : request.body(document)).post(ImportExportRoutes.IMPORT);
    }

    private static JsonPath assertRefused(Response response, int status, String code) {
        JsonPath refusal = response.then().statusCode(status).contentType(ContentType.JSON).extract().jsonPath();
        assertEquals(code, refusal.get("code"), refusal.prettify());
        return refusal;
    }

    private static String sampleDocument() throws IOException {
        try (InputStream json = ImportExportRoutesTest.class.getClassLoader().getResourceAsStream(SampleData.RESOURCE)) {
            return new String(json.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void emptySchema() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("truncate actor, publication, article, statement cascade");
        }
    }
}
