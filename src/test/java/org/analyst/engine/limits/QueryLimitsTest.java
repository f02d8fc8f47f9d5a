package org.analyst.engine.limits;

import static org.analyst.graphql.GraphQLClient.query;
import static org.analyst.graphql.GraphQLClient.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.analyst.graphql.GraphQLClient;
import org.analyst.graphql.GraphQLClient.Response;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every limit lets a query just under it through and refuses one just over it, with one error, a
 * clear code and no SQL run (the read metric and Hibernate statistics count the statements). Queries are built for
 * the default limits, which the first test pins.
 */
@QuarkusTest
class QueryLimitsTest {

    @Inject
    QueryLimits limits;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    MeterRegistry metrics;

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertEquals(256 * 1024, limits.maxBodySize().asLongValue());
        assertEquals(5000, limits.maxTokens());
        assertEquals(10, limits.maxOperations());
        assertEquals(30, limits.maxAliases());
        assertEquals(20, limits.maxDepth());
        assertEquals(25_000, limits.maxComplexity());
    }

    @Test
    void responsesReportTheirCost() {
        Response response = query("""
                { actors(first: 5) { nodes { name statements(first: 3) { nodes { summary speaker { name } } } } } }""").ok();
        // 1 connection + 5 actors + 5 statement connections + 5 × 3 statements + 15 speakers
        assertEquals(41, ((Number) response.extension("cost.complexity")).intValue());
        assertEquals(6, (int) response.extension("cost.depth"));
        assertEquals(0, (int) response.extension("cost.aliases"));
        assertEquals(25_000, (int) response.extension("cost.limits.complexity"));
    }

    /** The README's example queries, and a front page: ten articles with their statements, at default page sizes. */
    @Test
    void sensibleFrontendQueriesPassWellWithinTheLimits() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("article", """
                { article(slug: "china-backs-kazakhstan-against-russian-threats") {
                    title publishedAt authors { name } sections { role heading paragraphs } } }""");
        queries.put("statementsAbout", """
                { actor(slug: "kazakhstan") {
                    statementsAbout(filter: {stances: [HOSTILE], from: "2022-01-01", to: "2022-12-31"}) {
                      totalCount
                      nodes { summary date { text precision earliest latest } speaker { name country { name } }
                              attestations { excerpt start end article { title } } } } } }""");
        queries.put("actorsWithStatements", """
                { actors(filter: {name: "kremlin"}, first: 5) {
                    totalCount pageInfo { hasNextPage endCursor }
                    nodes { name aliases { name type } positions { title organization { name } current }
                            statements(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { summary date { text } } } } } }""");
        queries.put("frontPage", """
                { articles(first: 10) { pageInfo { endCursor } edges { cursor node {
                    title summary publishedAt authors { name } periodical { title }
                    statements { totalCount nodes { summary date { text } speaker { name country { name } }
                                 targets { stance actor { name } } } } } } } }""");
        queries.forEach((name, query) -> {
            Response response = query(query).ok();
            System.out.printf("%s: complexity %s, depth %s, tokens %s%n", name, response.extension("cost.complexity"),
                    response.extension("cost.depth"), response.extension("cost.tokens"));
            assertTrue(((Number) response.extension("cost.complexity")).longValue() * 4 < limits.maxComplexity(),
                    name + " costs less than a quarter of the budget");
            assertTrue((int) response.extension("cost.depth") < limits.maxDepth());
        });
    }

    @Test
    void graphiqlIntrospectionPasses() throws IOException {
        Response response = query(graphiqlIntrospection()).ok();
        assertNotNull(response.data("__schema.queryType.name"));
        int depth = response.extension("cost.depth");
        int tokens = response.extension("cost.tokens");
        System.out.printf("GraphiQL introspection: complexity %s, depth %d, tokens %d, aliases %s%n",
                response.extension("cost.complexity"), depth, tokens, response.extension("cost.aliases"));
        assertEquals(0, ((Number) response.extension("cost.complexity")).intValue(), "introspection reads no data");
        assertTrue(depth <= limits.maxDepth() && tokens <= limits.maxTokens());
    }

    @Test
    void depth() {
        assertPasses(() -> query(LimitQueries.nestedCountries(20)));
        assertRefused("QUERY_TOO_DEEP", () -> query(LimitQueries.nestedCountries(21)));
    }

    @Test
    void complexity() {
        // Two blocks of 1 + 100 × (2 + 100) = 10,201, one of 1 + 100 × (2 + 43) = 4,501, and 1 + n for the rest.
        String block = "%s: actors(first: 100) { nodes { statements(first: %d) { nodes { id } } } }";
        String almost = block.formatted("a", 100) + block.formatted("b", 100) + block.formatted("c", 43);
        Response under = assertPasses(() -> query("{ " + almost + " d: actors(first: 96) { nodes { id } } }"));
        assertEquals(25_000, ((Number) under.extension("cost.complexity")).intValue());
        Response over = assertRefused("QUERY_TOO_COMPLEX", () -> query("{ " + almost + " d: actors(first: 97) { nodes { id } } }"));
        assertEquals(25_001, ((Number) over.extension("cost.complexity")).intValue());
    }

    @Test
    void complexityReadsPageSizesFromVariables() {
        String query = """
                query($outer: Int, $inner: Int = 100) {
                  actors(first: $outer) { nodes { statements(first: $inner) { nodes { id } } } }
                  more: actors(first: 100) { nodes { statements(first: 100) { nodes { id } } } }
                  rest: actors(first: 100) { nodes { statements(first: 100) { nodes { id } } } }
                }""";
        assertPasses(() -> query(query, Map.of("outer", 45)));
        assertRefused("QUERY_TOO_COMPLEX", () -> query(query, Map.of("outer", 46)));
    }

    @Test
    void aliases() {
        assertPasses(() -> query(LimitQueries.aliasedActors(30)));
        assertRefused("TOO_MANY_ALIASES", () -> query(LimitQueries.aliasedActors(31)));
    }

    @Test
    void tokens() {
        Response under = assertPasses(() -> query(LimitQueries.kindsListOfTokens(5000)));
        assertEquals(5000, (int) under.extension("cost.tokens"));
        assertRefused("TOO_MANY_TOKENS", () -> query(LimitQueries.kindsListOfTokens(5001)));
    }

    @Test
    void operations() {
        assertPasses(() -> request(Map.of("query", operations(10), "operationName", "Q1")));
        assertRefused("TOO_MANY_OPERATIONS", () -> request(Map.of("query", operations(11), "operationName", "Q1")));
    }

    @Test
    void bodySize() throws Exception {
        int max = (int) limits.maxBodySize().asLongValue();
        String justUnder = paddedRequest(max);
        assertEquals(max, justUnder.getBytes(StandardCharsets.UTF_8).length);
        long before = statements();
        JsonPath passed = GraphQLClient.post("application/json", justUnder).then().statusCode(200).extract().jsonPath();
        assertEquals("Query", passed.getString("data.__typename"));

        String justOver = paddedRequest(max + 1);
        before = statements();
        JsonPath refused = GraphQLClient.post("application/json", justOver).then().statusCode(413).extract().jsonPath();
        assertEquals("REQUEST_TOO_LARGE", refused.getString("errors[0].extensions.code"));
        assertEquals(1, refused.getList("errors").size());
        assertEquals(before, statements(), "no SQL for a refused request");
    }

    @Test
    void bodySizeWithoutContentLength() throws Exception {
        int max = (int) limits.maxBodySize().asLongValue();
        HttpResponse<String> response = postChunked(paddedRequest(max + 1));
        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("REQUEST_TOO_LARGE"), response.body());
        assertEquals(200, postChunked(paddedRequest(max)).statusCode());
    }

    private HttpResponse<String> postChunked(String body) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Supplier<InputStream> stream = () -> new ByteArrayInputStream(bytes);
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(stream)).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private Response assertPasses(Supplier<Response> request) {
        Response response = request.get();
        response.ok();
        return response;
    }

    private Response assertRefused(String code, Supplier<Response> request) {
        long before = statements();
        Response response = request.get();
        assertEquals(code, response.errorCode(), "one error with code " + code);
        assertTrue(!response.hasData(), "no data");
        assertEquals(before, statements(), "no SQL for a refused request");
        return response;
    }

    /** Statements of the read path and of Hibernate (writes, entity loads). */
    private long statements() {
        return (long) metrics.counter("analyst.sql.reads").count() + sessionFactory.getStatistics().getPrepareStatementCount();
    }

    static String operations(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "query Q" + i + " { __typename }").collect(Collectors.joining("\n"));
    }

    /** A request for {@code __typename}, padded with an unused variable to exactly this many bytes. */
    static String paddedRequest(int bytes) {
        String start = "{\"query\":\"{ __typename }\",\"variables\":{\"padding\":\"";
        String end = "\"}}";
        return start + "x".repeat(bytes - start.length() - end.length()) + end;
    }

    static String graphiqlIntrospection() throws IOException {
        try (InputStream in = QueryLimitsTest.class.getResourceAsStream("/graphql/graphiql-introspection.graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
        }
    }
}
