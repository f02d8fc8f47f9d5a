package org.analyst.caching;

import static io.restassured.RestAssured.given;
import static org.analyst.graphql.Fixtures.actorId;
import static org.analyst.graphql.Fixtures.createDraft;
import static org.analyst.graphql.Fixtures.publishedArticle;
import static org.analyst.graphql.Fixtures.unique;
import static org.analyst.graphql.GetClient.read;
import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.analyst.graphql.GetClient;
import org.analyst.security.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * After every kind of write, the next anonymous GET read shows it, though the read before it was
 * cached (public, and current by its ETag); the keys a write touched reach the purge hook; a view
 * of an article purges nothing.
 */
@QuarkusTest
@TestProfile(CachingProfile.class)
class NoStaleReadsTest {

    private static final String ARTICLE = "query($id: ID) { article(id: $id) { title status authors { name } statements { totalCount nodes { summary } } } }";
    private static final String FRONT_PAGE = "{ articles(first: 100) { totalCount nodes { id title } } }";
    private static HttpServer receiver;
    private static final BlockingQueue<String> purges = new LinkedBlockingQueue<>();

    @BeforeAll
    static void startPurgeReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", CachingProfile.PURGE_PORT), 0);
        receiver.createContext("/purge", exchange -> {
            purges.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopPurgeReceiver() {
        receiver.stop(0);
    }

    @Test
    void articlesCreatedUpdatedPublishedWithdrawnAndDeleted() {
        int before = cachedRead(FRONT_PAGE, null).path("data.articles.totalCount");
        String id = publishedArticle();
        assertEquals(before + 1, (int) read(FRONT_PAGE, null).path("data.articles.totalCount"), "a new article purges the front page");

        Map<String, Object> article = cachedRead(ARTICLE, Map.of("id", id)).path("data.article");
        int version = version("Article", id);
        String title = "Retitled " + unique();
        query(Tokens.editor(), "mutation($id: ID!, $v: Int!, $t: String!) { articleUpdate(id: $id, expectedVersion: $v, input: {title: $t}) { userErrors { code } } }",
                Map.of("id", id, "v", version, "t", title)).ok();
        assertEquals(title, read(ARTICLE, Map.of("id", id)).path("data.article.title"));
        assertFalse(title.equals(article.get("title")));

        cachedRead(ARTICLE, Map.of("id", id));
        query(Tokens.editor(), "mutation($id: ID!, $v: Int!) { articleWithdraw(id: $id, expectedVersion: $v) { userErrors { code } } }",
                Map.of("id", id, "v", version("Article", id))).ok();
        assertNull((Object) read(ARTICLE, Map.of("id", id)).path("data.article"), "a withdrawn article is hidden at once");

        cachedRead(FRONT_PAGE, null);
        query(Tokens.admin(), "mutation($id: ID!) { articleDelete(id: $id) { deletedId } }", Map.of("id", id)).ok();
        assertEquals(before, (int) read(FRONT_PAGE, null).path("data.articles.totalCount"));
    }

    @Test
    void publishingShowsTheArticleAndItsStatements() {
        Map<String, Object> draft = createDraft();
        String id = (String) draft.get("id");
        String statement = createStatement(id);
        String about = "query($id: ID!) { node(id: $id) { ... on Actor { statementsAbout(first: 100) { totalCount } } } }";
        int aboutBefore = cachedRead(about, Map.of("id", actorId("russia"))).path("data.node.statementsAbout.totalCount");
        assertNull((Object) cachedRead(ARTICLE, Map.of("id", id)).path("data.article"), "a draft is hidden");

        query(Tokens.editor(), "mutation($id: ID!, $v: Int!) { articlePublish(id: $id, expectedVersion: $v) { userErrors { code } } }",
                Map.of("id", id, "v", version("Article", id))).ok();

        assertEquals("PUBLISHED", read(ARTICLE, Map.of("id", id)).path("data.article.status"));
        assertEquals(aboutBefore + 1, (int) read(about, Map.of("id", actorId("russia"))).path("data.node.statementsAbout.totalCount"),
                "the statement it reports is visible now");
        assertTrue(statement != null);
    }

    @Test
    void statementsCreatedUpdatedAndDeleted() {
        String article = publishedArticle();
        assertEquals(0, (int) cachedRead(ARTICLE, Map.of("id", article)).path("data.article.statements.totalCount"));
        String statement = createStatement(article);
        assertEquals(1, (int) read(ARTICLE, Map.of("id", article)).path("data.article.statements.totalCount"));

        cachedRead(ARTICLE, Map.of("id", article));
        Map<String, Object> input = statementInput(article);
        input.put("summary", "Astana refuses, again.");
        query(Tokens.editor(), "mutation($id: ID!, $v: Int!, $input: StatementInput!) { statementUpdate(id: $id, expectedVersion: $v, input: $input) { userErrors { code field } } }",
                Map.of("id", statement, "v", version("Statement", statement), "input", input)).ok();
        assertEquals(List.of("Astana refuses, again."), read(ARTICLE, Map.of("id", article)).path("data.article.statements.nodes.summary"));

        cachedRead(ARTICLE, Map.of("id", article));
        query(Tokens.admin(), "mutation($id: ID!) { statementDelete(id: $id) { deletedId } }", Map.of("id", statement)).ok();
        assertEquals(0, (int) read(ARTICLE, Map.of("id", article)).path("data.article.statements.totalCount"));
    }

    @Test
    void actorsCreatedUpdatedAndDeleted() {
        String name = "Caspian Group " + unique();
        String actors = "query($name: String) { actors(filter: {name: $name}) { nodes { name } } }";
        assertEquals(List.of(), cachedRead(actors, Map.of("name", name)).path("data.actors.nodes"));
        String id = query(Tokens.editor(), "mutation($name: String!) { actorCreate(input: {kind: GROUP, name: $name}) { actor { id } } }",
                Map.of("name", name)).ok().data("actorCreate.actor.id");
        assertEquals(List.of(name), read(actors, Map.of("name", name)).path("data.actors.nodes.name"));

        // An article page shows its author, whose id it does not select: renaming the author purges it.
        String article = publishedArticle();
        query(Tokens.editor(), "mutation($id: ID!, $v: Int!, $a: [ID!]) { articleUpdate(id: $id, expectedVersion: $v, input: {title: \"By the group\", authorIds: $a}) { userErrors { code } } }",
                Map.of("id", article, "v", version("Article", article), "a", List.of(id))).ok();
        assertEquals(List.of(name), cachedRead(ARTICLE, Map.of("id", article)).path("data.article.authors.name"));
        query(Tokens.editor(), "mutation($id: ID!, $v: Int!, $name: String!) { actorUpdate(id: $id, expectedVersion: $v, input: {kind: GROUP, name: $name}) { userErrors { code } } }",
                Map.of("id", id, "v", version("Actor", id), "name", name + " renamed")).ok();
        assertEquals(List.of(name + " renamed"), read(ARTICLE, Map.of("id", article)).path("data.article.authors.name"));

        String other = query(Tokens.editor(), "mutation($name: String!) { actorCreate(input: {kind: GROUP, name: $name}) { actor { id } } }",
                Map.of("name", name + " other")).ok().data("actorCreate.actor.id");
        cachedRead(actors, Map.of("name", name));
        query(Tokens.admin(), "mutation($id: ID!) { actorDelete(id: $id) { deletedId } }", Map.of("id", other)).ok();
        assertEquals(List.of(name + " renamed"), read(actors, Map.of("name", name)).path("data.actors.nodes.name"));
    }

    @Test
    void publicationsCreatedUpdatedAndDeleted() {
        String title = "Caspian Routes " + unique();
        String list = "{ publications(first: 100) { totalCount nodes { title } } }";
        int before = cachedRead(list, null).path("data.publications.totalCount");
        String id = query(Tokens.editor(), "mutation($t: String!) { publicationCreate(input: {kind: RESEARCH_PAPER, title: $t}) { publication { id } } }",
                Map.of("t", title)).ok().data("publicationCreate.publication.id");
        assertEquals(before + 1, (int) read(list, null).path("data.publications.totalCount"));

        cachedRead(list, null);
        query(Tokens.editor(), "mutation($id: ID!, $v: Int!, $t: String!) { publicationUpdate(id: $id, expectedVersion: $v, input: {kind: RESEARCH_PAPER, title: $t}) { userErrors { code } } }",
                Map.of("id", id, "v", version("Publication", id), "t", title + " revised")).ok();
        assertTrue(read(list, null).path("data.publications.nodes.title").toString().contains(title + " revised"));

        cachedRead(list, null);
        query(Tokens.admin(), "mutation($id: ID!) { publicationDelete(id: $id) { deletedId } }", Map.of("id", id)).ok();
        assertEquals(before, (int) read(list, null).path("data.publications.totalCount"));
    }

    @Test
    void anImportIsSeenAtOnce() {
        String slug = "astana-forum-" + unique().toLowerCase();
        String actor = "query($slug: String) { actor(slug: $slug) { name } }";
        assertNull((Object) cachedRead(actor, Map.of("slug", slug)).path("data.actor"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"formatVersion\": 1, \"actors\": [{\"slug\": \"" + slug + "\", \"kind\": \"ORGANIZATION\", \"name\": \"Astana Forum\", \"organizationType\": \"OTHER\"}]}")
                .post("/admin/import").then().statusCode(200);
        assertEquals("Astana Forum", read(actor, Map.of("slug", slug)).path("data.actor.name"));
    }

    @Test
    void theKeysOfACommittedChangeArePostedToThePurgeHook() throws InterruptedException {
        String id = query(Tokens.editor(), "mutation($name: String!) { actorCreate(input: {kind: GROUP, name: $name}) { actor { id } } }",
                Map.of("name", "Purged Group " + unique())).ok().data("actorCreate.actor.id");
        String expected = "{\"keys\":[\"Actor\",\"" + id + "\"]}";
        // Earlier tests' purges may still be arriving: the hook is called after each commit, in the background.
        String posted;
        do {
            posted = purges.poll(30, TimeUnit.SECONDS);
        } while (posted != null && !posted.contains(id));
        assertEquals(expected, posted);
    }

    @Test
    void aViewCountsButPurgesNothingAndReadCountsAreCachedBriefly() {
        String article = publishedArticle();
        Response page = cachedRead(ARTICLE, Map.of("id", article));
        query("mutation($id: ID!) { articleRecordView(id: $id) { readCount } }", Map.of("id", article)).ok();
        assertEquals(page.header("ETag"), read(ARTICLE, Map.of("id", article)).header("ETag"), "still the cached page");

        String counted = "query($id: ID) { article(id: $id) { readCount } }";
        Response views = read(counted, Map.of("id", article));
        assertEquals("public, max-age=0, s-maxage=10", views.header("Cache-Control"));
        assertEquals(1, (int) views.path("data.article.readCount"));
        query("mutation($id: ID!) { articleRecordView(id: $id) { readCount } }", Map.of("id", article)).ok();
        assertEquals(2, (int) read(counted, Map.of("id", article)).path("data.article.readCount"),
                "this server does not keep reads of the counter; shared caches keep them 10 s");
        assertEquals("public, max-age=0, s-maxage=10", read("{ articles(orderBy: READ_COUNT_DESC, first: 3) { nodes { title } } }", null)
                .header("Cache-Control"));
    }

    /** A GET read, asked twice: the second answer is the cached one (same ETag, a 304 to it). */
    private static Response cachedRead(String query, Map<String, ?> variables) {
        Response first = read(query, variables);
        first.then().statusCode(200);
        assertTrue(first.header("Cache-Control").startsWith("public"), first.asString());
        GetClient.get(query, variables, null).header("If-None-Match", first.header("ETag")).get("/graphql").then().statusCode(304);
        return first;
    }

    private static int version(String type, String id) {
        return query(Tokens.editor(), "query($id: ID!) { node(id: $id) { ... on " + type + " { version } } }", Map.of("id", id))
                .ok().data("node.version");
    }

    private static String createStatement(String article) {
        return query(Tokens.editor(), "mutation($input: StatementInput!) { statementCreate(input: $input) { statement { id } userErrors { code field } } }",
                Map.of("input", statementInput(article))).ok().data("statementCreate.statement.id");
    }

    private static Map<String, Object> statementInput(String article) {
        Map<String, Object> input = new HashMap<>();
        input.put("speakerId", actorId("kazakhstan"));
        input.put("kind", "REFUSAL");
        input.put("summary", "Astana refuses.");
        input.put("date", Map.of("precision", "MONTH", "earliest", "2022-06-01", "latest", "2022-06-30"));
        input.put("targets", List.of(Map.of("actorId", actorId("russia"), "role", "REFUSED", "stance", "CRITICAL")));
        input.put("attestations", List.of(Map.of("articleId", article, "form", "SUMMARY", "start", 0, "end", 24)));
        return input;
    }
}
