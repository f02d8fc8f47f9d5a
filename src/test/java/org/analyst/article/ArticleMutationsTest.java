package org.analyst.article;

import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.analyst.graphql.EditorialProfile;
import org.analyst.graphql.Fixtures;
import org.analyst.graphql.GlobalId;
import org.analyst.graphql.GraphQLClient.Response;
import org.analyst.security.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(EditorialProfile.class)
class ArticleMutationsTest {

    static final String FIELDS = """
            id slug title summary category status version publishedAt createdAt updatedAt updatedBy body wordCount
            readCount sections { role heading paragraphs } authors { slug } regions { slug } mentions { slug }
            periodical { slug }""";
    static final String CREATE = """
            mutation($input: ArticleInput!) { articleCreate(input: $input) {
              article { %s } userErrors { field message code } } }""".formatted(FIELDS);
    static final String UPDATE = """
            mutation($id: ID!, $input: ArticleInput!, $version: Int!) {
              articleUpdate(id: $id, input: $input, expectedVersion: $version) {
                article { %s } userErrors { field message code } } }""".formatted(FIELDS);
    static final String PUBLISH = """
            mutation($id: ID!, $version: Int!) { articlePublish(id: $id, expectedVersion: $version) {
              article { status publishedAt version } userErrors { field message code } } }""";
    static final String WITHDRAW = """
            mutation($id: ID!, $version: Int!) { articleWithdraw(id: $id, expectedVersion: $version) {
              article { status version } userErrors { field message code } } }""";
    static final String VIEW = """
            mutation($id: ID!) { articleRecordView(id: $id) { readCount userErrors { field message code } } }""";
    static final String READ = "query($id: ID) { article(id: $id) { %s } }".formatted(FIELDS);

    @Inject
    DataSource dataSource;

    @Test
    void anEditorCreatesADraftThatOnlyEditorsSee() {
        var created = query(Tokens.editor(), CREATE, Map.of("input", Map.of(
                "title", "Türkiye's Return to Central Asia " + Fixtures.unique(),
                "summary", "A lede.",
                "authorIds", List.of(Fixtures.actorId("natalia-konarzewska")),
                "regionIds", List.of(Fixtures.actorId("kazakhstan")),
                "periodicalId", Fixtures.publicationId("the-central-asia-caucasus-analyst"),
                "sections", List.of(Fixtures.section("LEDE", null, "First\u00A0paragraph. "),
                        Fixtures.section("BACKGROUND", "BACKGROUND", "Second one.", "Third one."))))).ok();

        assertEquals(List.of(), created.userErrors("articleCreate"));
        Map<String, Object> article = created.data("articleCreate.article");
        assertTrue(((String) article.get("slug")).startsWith("turkiyes-return-to-central-asia-"), "slug from the title");
        assertEquals("DRAFT", article.get("status"));
        assertEquals("Analytical Articles", article.get("category"));
        assertEquals("First paragraph.\n\nSecond one.\n\nThird one.", article.get("body"));
        assertEquals(6, article.get("wordCount"));
        assertEquals(0, article.get("readCount"));
        assertEquals("test-editor", article.get("updatedBy"));
        assertNotNull(article.get("createdAt"));
        assertNull(article.get("publishedAt"));

        String id = (String) article.get("id");
        assertNull(query(READ, Map.of("id", id)).ok().data("article"), "readers do not see drafts");
        assertEquals(id, query(Tokens.editor(), READ, Map.of("id", id)).ok().data("article.id"));
        List<String> drafts = query(Tokens.editor(), "{ articles(filter: {status: [DRAFT]}, first: 100) { nodes { id } } }",
                Map.of()).ok().data("articles.nodes.id");
        assertTrue(drafts.contains(id), "editors list drafts");
    }

    @Test
    void publishingShowsTheArticleToReadersAndWithdrawingHidesIt() {
        Map<String, Object> draft = Fixtures.createDraft();
        String id = (String) draft.get("id");

        var published = query(Tokens.editor(), PUBLISH, Map.of("id", id, "version", draft.get("version"))).ok();
        assertEquals("PUBLISHED", published.data("articlePublish.article.status"));
        assertNotNull(published.data("articlePublish.article.publishedAt"));
        assertEquals(id, query(READ, Map.of("id", id)).ok().data("article.id"), "readers see it now");

        var withdrawn = query(Tokens.editor(), WITHDRAW, Map.of("id", id,
                "version", published.<Integer>data("articlePublish.article.version"))).ok();
        assertEquals("WITHDRAWN", withdrawn.data("articleWithdraw.article.status"));
        assertNull(query(READ, Map.of("id", id)).ok().data("article"), "withdrawn articles are hidden again");
    }

    @Test
    void aPublishedArticleKeepsItsText() {
        String id = Fixtures.publishedArticle();
        Map<String, Object> article = query(Tokens.editor(), READ, Map.of("id", id)).ok().data("article");
        var emptied = query(Tokens.editor(), UPDATE, Map.of("id", id, "version", article.get("version"),
                "input", Map.of("title", "Emptied", "sections", List.of()))).ok();
        assertEquals(List.of("INVALID input.sections"), emptied.userErrors("articleUpdate"));
        assertUnchanged(article);
    }

    @Test
    void anUpdateChangesTheGivenFieldsAndTheVersion() {
        Map<String, Object> draft = Fixtures.createDraft();
        var updated = query(Tokens.editor(), UPDATE, Map.of("id", draft.get("id"), "version", draft.get("version"),
                "input", Map.of("title", "A New Title " + Fixtures.unique(), "mentionIds", List.of(Fixtures.actorId("russia")),
                        "sections", List.of(Fixtures.section("BODY", null, "Only this now."))))).ok();

        assertEquals(List.of(), updated.userErrors("articleUpdate"));
        Map<String, Object> article = updated.data("articleUpdate.article");
        assertEquals((int) draft.get("version") + 1, article.get("version"));
        assertEquals(draft.get("slug"), article.get("slug"), "the slug stays unless given");
        assertEquals(draft.get("summary"), article.get("summary"), "fields left out keep their value");
        assertEquals("Only this now.", article.get("body"));
        assertEquals(List.of(Map.of("slug", "russia")), article.get("mentions"));
    }

    @Test
    void aStaleVersionChangesNothing() {
        Map<String, Object> draft = Fixtures.createDraft();
        var stale = query(Tokens.editor(), UPDATE, Map.of("id", draft.get("id"), "version", (int) draft.get("version") + 7,
                "input", Map.of("title", "Lost Update"))).ok();
        assertEquals(List.of("STALE_VERSION expectedVersion"), stale.userErrors("articleUpdate"));
        assertNull(stale.data("articleUpdate.article"));
        assertUnchanged(draft);
    }

    @Test
    void twoEditorsSavingTheSameVersionConcurrentlyExactlyOneWins() throws Exception {
        Map<String, Object> draft = Fixtures.createDraft();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> saves = new ArrayList<>();
            for (String editor : List.of("alice", "bob")) {
                saves.add(pool.submit(() -> query(Tokens.withRoles(editor, "editor"), UPDATE, Map.of("id", draft.get("id"),
                        "version", draft.get("version"), "input", Map.of("title", "Saved by " + editor))).ok()));
            }
            List<List<String>> outcomes = new ArrayList<>();
            for (Future<Response> save : saves) {
                outcomes.add(save.get(30, TimeUnit.SECONDS).userErrors("articleUpdate"));
            }
            assertEquals(1, outcomes.stream().filter(List::isEmpty).count(), "one save wins: " + outcomes);
            assertEquals(1, outcomes.stream().filter(errors -> errors.equals(List.of("STALE_VERSION expectedVersion")))
                    .count(), "the other is told its version is stale: " + outcomes);
        } finally {
            pool.shutdownNow();
        }
        Map<String, Object> now = query(Tokens.editor(), READ, Map.of("id", draft.get("id"))).ok().data("article");
        assertEquals((int) draft.get("version") + 1, now.get("version"));
    }

    @Test
    void invalidInputIsRejectedWithItsPathAndChangesNothing() {
        Map<String, Object> draft = Fixtures.createDraft();
        Map<String, Object> input = new HashMap<>();
        input.put("title", "  ");
        input.put("slug", "Not A Slug");
        input.put("authorIds", List.of(Fixtures.actorId("natalia-konarzewska"), GlobalId.encode("Actor", 987_654)));
        input.put("regionIds", List.of(Fixtures.actorId("halyk-bank")));
        input.put("periodicalId", Fixtures.publicationId("silk-road-papers"));
        input.put("mentionIds", List.of("not-an-id"));
        input.put("sections", List.of(Fixtures.section("BODY", null, "Fine.", " ")));
        var rejected = query(Tokens.editor(), UPDATE, Map.of("id", draft.get("id"), "version", draft.get("version"),
                "input", input)).ok();

        assertEquals(List.of(
                "INVALID input.sections.0.paragraphs.1",
                "INVALID input.title",
                "INVALID input.slug",
                "NOT_FOUND input.authorIds.1",
                "NOT_FOUND input.regionIds.0".replace("NOT_FOUND", "INVALID"),
                "NOT_FOUND input.mentionIds.0",
                "INVALID input.periodicalId"), rejected.userErrors("articleUpdate"));
        assertNull(rejected.data("articleUpdate.article"));
        assertUnchanged(draft);
    }

    @Test
    void aTakenSlugIsADuplicate() {
        Map<String, Object> first = Fixtures.createDraft();
        var second = query(Tokens.editor(), CREATE, Map.of("input", Map.of("title", "Another", "slug", first.get("slug"))))
                .ok();
        assertEquals(List.of("DUPLICATE input.slug"), second.userErrors("articleCreate"));
    }

    @Test
    void callersWithoutTheRightRoleAreRefusedAndNothingChanges() {
        Map<String, Object> draft = Fixtures.createDraft();
        Map<String, Object> update = Map.of("id", draft.get("id"), "version", draft.get("version"),
                "input", Map.of("title", "Hijacked"));

        assertEquals("UNAUTHENTICATED", query(UPDATE, update).errorCode());
        assertEquals("UNAUTHENTICATED", query("not.a.token", UPDATE, update).errorCode());
        assertEquals("UNAUTHENTICATED", query(Tokens.editor() + "x", UPDATE, update).errorCode());
        assertEquals("FORBIDDEN", query(Tokens.reader(), UPDATE, update).errorCode());
        assertEquals("FORBIDDEN", query(Tokens.editor(), "mutation($id: ID!) { articleDelete(id: $id) { deletedId } }",
                Map.of("id", draft.get("id"))).errorCode(), "deleting needs the admin role");
        assertUnchanged(draft);
    }

    @Test
    void twoHundredConcurrentViewsAddExactlyTwoHundred() throws Exception {
        String id = Fixtures.publishedArticle();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        long started = System.nanoTime();
        try {
            List<Future<Response>> views = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                views.add(pool.submit(() -> query(VIEW, Map.of("id", id)).ok()));
            }
            List<Integer> counts = new ArrayList<>();
            for (Future<Response> view : views) {
                counts.add(view.get(60, TimeUnit.SECONDS).data("articleRecordView.readCount"));
            }
            assertEquals(200, counts.stream().distinct().count(), "every view saw its own count");
            System.out.printf("200 concurrent views from 16 clients took %d ms%n", (System.nanoTime() - started) / 1_000_000);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, (int) query(READ, Map.of("id", id)).ok().<Integer>data("article.readCount"));
    }

    @Test
    void aViewIsNotBlockedByAnEditorsOpenTransactionAndSavesKeepTheCount() throws Exception {
        String id = Fixtures.publishedArticle();
        query(VIEW, Map.of("id", id)).ok();
        try (Connection editor = dataSource.getConnection()) {
            editor.setAutoCommit(false);
            try (PreparedStatement lock = editor.prepareStatement("update article set title = title where id = ?")) {
                lock.setLong(1, GlobalId.decode(id).key());
                lock.executeUpdate();
            }
            Integer count = CompletableFuture.supplyAsync(() -> query(VIEW, Map.of("id", id)).ok()
                    .<Integer>data("articleRecordView.readCount")).get(10, TimeUnit.SECONDS);
            assertEquals(2, count);
            editor.rollback();
        }
        Map<String, Object> article = query(Tokens.editor(), READ, Map.of("id", id)).ok().data("article");
        query(Tokens.editor(), UPDATE, Map.of("id", id, "version", article.get("version"),
                "input", Map.of("title", "Retitled " + Fixtures.unique()))).ok();
        assertEquals(2, (int) query(READ, Map.of("id", id)).ok().<Integer>data("article.readCount"),
                "an update does not reset the count");
    }

    @Test
    void viewsOfUnknownOrUnpublishedArticlesAreNotFound() {
        String draft = (String) Fixtures.createDraft().get("id");
        assertEquals(List.of("NOT_FOUND id"), query(VIEW, Map.of("id", draft)).ok().userErrors("articleRecordView"));
        assertEquals(List.of("NOT_FOUND id"), query(VIEW, Map.of("id", "bogus")).ok().userErrors("articleRecordView"));
    }

    private static void assertUnchanged(Map<String, Object> before) {
        Map<String, Object> now = query(Tokens.editor(), READ, Map.of("id", before.get("id"))).ok().data("article");
        before.forEach((field, value) -> assertEquals(value, now.get(field), "the article's " + field + " did not change"));
    }
}
