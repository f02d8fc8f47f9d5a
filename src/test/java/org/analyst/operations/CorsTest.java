package org.analyst.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Browsers on a configured frontend origin may call the API; others may not (tests configure https://frontend.example). */
@QuarkusTest
class CorsTest {

    @Test
    void aConfiguredOriginMayCallTheApi() {
        given().header("Origin", "https://frontend.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://frontend.example"));
        given().header("Origin", "https://frontend.example").contentType("application/json")
                .body("{\"query\": \"{ __typename }\"}").post("/graphql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("https://frontend.example"));
    }

    @Test
    void anotherOriginMayNot() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/graphql")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").contentType("application/json")
                .body("{\"query\": \"{ __typename }\"}").post("/graphql")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }
}
