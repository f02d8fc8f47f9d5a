package org.analyst.caching;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.analyst.SecondInstance;
import org.analyst.TwoInstancesProfile;
import org.analyst.security.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Two instances of the packaged application on one database: a write through either is seen by
 * the next read of a response the other had cached, through PostgreSQL's notifications.
 */
@QuarkusIntegrationTest
@TestProfile(TwoInstancesProfile.class)
class CacheAcrossInstancesIT {

    private static final String ACTORS = "query($name: String) { actors(filter: {name: $name}) { nodes { name } } }";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static SecondInstance second;

    @BeforeAll
    static void startASecondInstance() throws IOException, InterruptedException {
        second = SecondInstance.start();
    }

    @AfterAll
    static void stopTheSecondInstance() throws InterruptedException {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aWriteOnOneInstanceIsSeenByACachedReadOnTheOther() throws InterruptedException {
        for (int[] writerAndReader : new int[][] {{0, 1}, {1, 0}}) {
            int writer = writerAndReader[0];
            int reader = writerAndReader[1];
            String name = "Across Instances " + System.nanoTime();
            assertEquals(List.of(), cachedRead(reader, name).path("data.actors.nodes"));

            instance(writer).auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                    .body(Map.of("query", "mutation($name: String!) { actorCreate(input: {kind: GROUP, name: $name}) { actor { id } } }",
                            "variables", Map.of("name", name)))
                    .post("/graphql").then().statusCode(200);

            // The notification reaches the other instance after the commit: soon, not at once.
            Instant deadline = Instant.now().plus(PATIENCE);
            List<String> names = read(reader, name).path("data.actors.nodes.name");
            while (names.isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
                names = read(reader, name).path("data.actors.nodes.name");
            }
            assertEquals(List.of(name), names, "instance " + reader + " sees what was written through instance " + writer);
        }
    }

    /** A read the instance has cached: asked again with its ETag, it answers 304. */
    private static Response cachedRead(int which, String name) {
        Response first = read(which, name);
        assertTrue(first.header("Cache-Control").startsWith("public"), first.headers().toString());
        withParameters(instance(which), name).header("If-None-Match", first.header("ETag")).get("/graphql").then().statusCode(304);
        return first;
    }

    private static Response read(int which, String name) {
        Response response = withParameters(instance(which), name).get("/graphql");
        response.then().statusCode(200);
        return response;
    }

    private static RequestSpecification withParameters(RequestSpecification instance, String name) {
        return instance.queryParam("query", ACTORS).queryParam("variables", "{\"name\": \"" + name + "\"}");
    }

    /** Instance 0 is the one the test framework started, 1 the second. */
    private static RequestSpecification instance(int which) {
        return which == 0 ? given() : second.given();
    }
}
