package org.analyst.engine.persisted;

import static org.analyst.graphql.GetClient.get;
import static org.analyst.graphql.GetClient.persisted;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** By default the allow-list is the desk's operations: the desk keeps working when the mode is on. */
@QuarkusTest
@TestProfile(DeskOperationsProfile.class)
class DeskOperationsAllowedTest {

    @Test
    void theDesksFrontPageRunsByItsHashAndOtherQueriesDoNot() throws IOException {
        String frontPage;
        try (var in = getClass().getResourceAsStream("/web/app/operations/FrontPage.graphql")) {
            frontPage = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        get(null, Map.of("first", 10), persisted(frontPage)).get("/graphql").then().statusCode(200)
                .body("data.articles.nodes[0].title", equalTo("China Backs Kazakhstan Against Russian Threats"))
                .body("errors", nullValue());
        get("{ actors(first: 1) { nodes { name } } }", null, null).get("/graphql").then()
                .body("errors[0].extensions.code", equalTo("OPERATION_NOT_ALLOWED"));
    }
}
