package org.analyst.desk;

import static org.analyst.graphql.Fixtures.actorId;
import static org.analyst.graphql.Fixtures.section;
import static org.analyst.graphql.Fixtures.unique;
import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.analyst.security.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The desk's live view and the console's subscriptions in a real browser: with a page open, an
 * editor publishes or records through the API, and the page shows it without a reload.
 */
@QuarkusTest
@TestProfile(DeskLiveProfile.class)
class DeskLiveTest extends InTheBrowser {

    private static final String ARTICLE = "china-backs-kazakhstan-against-russian-threats";

    @Inject
    MeterRegistry metrics;

    @Test
    void theFrontPageShowsAnArticleAtTheTopAsItIsPublished() throws IOException {
        Browser b = browser().open("", "front");
        awaitLive(b);
        List<String> before = titles(b);
        b.script("window.notReloaded = true");

        String title = "Astana and Beijing sign a transit accord " + unique();
        publish(title);

        b.waitUntil(d -> d.findElement(By.cssSelector(".article-card h2")).getText().equals(title));
        List<String> after = new ArrayList<>(List.of(title));
        after.addAll(before);
        assertEquals(after, titles(b), "at the top, above the articles shown before");
        assertTrue(b.find(By.cssSelector(".article-card.live-new .byline")).getText().contains("Natalia Konarzewska"));
        assertEquals(after.size() + " articles", b.find(By.cssSelector(".pager .total")).getText());
        assertEquals("Just published: " + title + ".", b.find(By.cssSelector(".live-news[role=status]")).getText(),
                "announced politely");
        assertEquals(Boolean.TRUE, b.script("return window.notReloaded === true"), "the page was not reloaded");
        assertTrue(b.requests().contains("ws://" + root.getAuthority() + "/graphql"), "over the application's WebSocket: " + b.requests());
        b.screenshot("front-page-live");
    }

    @Test
    void aFrontPageBackFromTheBrowsersCacheCatchesUpOnWhatWasPublishedMeanwhile() throws IOException {
        Browser b = browser().open("", "front");
        awaitLive(b);
        b.script("window.notReloaded = true");
        b.driver.get("about:blank");
        b.waitUntil(d -> subscriptions() == 0); // kept in the back/forward cache, the page holds no subscription

        String title = "Tashkent joins the transit accord " + unique();
        publish(title);
        b.driver.navigate().back();
        b.waitUntil(d -> d.findElement(By.cssSelector(".article-card h2")).getText().equals(title));
        assertEquals(Boolean.TRUE, b.script("return window.notReloaded === true"), "restored from the cache, not reloaded");
        assertEquals("Published meanwhile: " + title + ".", b.find(By.cssSelector(".live-news")).getText());
        awaitLive(b);
    }

    @Test
    void anActorPageAddsTheNewStatementsItsFilteredListsWouldShow() throws IOException {
        Browser b = browser().open("#/actor/kazakhstan?stances=HOSTILE", "actor");
        awaitLive(b);
        assertTrue(b.find(By.id("about-heading")).getText().endsWith(" 9"), b.find(By.id("about-heading")).getText());
        String made = b.find(By.id("made-heading")).getText();
        int madeBefore = Integer.parseInt(made.substring(made.lastIndexOf(' ') + 1));

        String critical = record("russia", "Moscow calls Astana's neutrality naive " + unique(), "kazakhstan", "CRITICAL");
        String hostile = record("russia", "Moscow threatens Astana over the transit accord " + unique(), "kazakhstan", "HOSTILE");
        String byKazakhstan = record("kazakhstan", "Astana denounces Moscow's threats " + unique(), "russia", "HOSTILE");

        WebElement about = b.find(By.id("about"));
        b.waitUntil(d -> !about.findElements(By.cssSelector(".live-new [data-statement='" + hostile + "']")).isEmpty());
        b.waitUntil(d -> !d.findElements(By.cssSelector("#made .live-new [data-statement='" + byKazakhstan + "']")).isEmpty());
        WebElement added = about.findElement(By.cssSelector(".live-new"));
        assertEquals("just added", added.findElement(By.cssSelector(".live-tag")).getText().toLowerCase(), "at the top, marked");
        assertEquals("Russia Warning 2022-06", added.findElement(By.cssSelector(".statement-head")).getText().replaceAll("\\s+", " "));
        assertTrue(b.find(By.id("about-heading")).getText().endsWith(" 10"), b.find(By.id("about-heading")).getText());
        assertTrue(b.find(By.id("made-heading")).getText().endsWith(" " + (madeBefore + 1)), b.find(By.id("made-heading")).getText());
        // the critical one came first on both subscriptions: had either let it through, it would be shown by now
        assertTrue(b.all(By.cssSelector("[data-statement='" + critical + "']")).isEmpty(), "the page's filter (hostile) holds");
        assertTrue(b.find(By.cssSelector(".live-news[role=status]")).getText().startsWith("New statement by Kazakhstan: Astana denounces"),
                b.find(By.cssSelector(".live-news")).getText());
        b.screenshot("actor-live");
    }

    @Test
    void theConsoleRunsASubscriptionAndShowsItsEvents() throws IOException {
        Browser b = browser();
        b.driver.get("about:blank");
        b.waitUntil(d -> subscriptions() == 0); // the other tests' pages, hidden, hold none
        String subscription = "subscription ArticlesAsTheyArePublished { articlePublished { title authors { name } } }";
        b.driver.get(root.resolve("/q/graphql-ui/") + "?query=" + URLEncoder.encode(subscription, StandardCharsets.UTF_8));
        b.waitUntil(d -> d.findElement(By.cssSelector(".graphiql-query-editor")).getText().contains("ArticlesAsTheyArePublished"));
        b.find(By.cssSelector(".graphiql-execute-button")).click();
        b.waitUntil(d -> subscriptions() == 1); // GraphiQL's graphql-ws client has subscribed

        String title = "Beijing and Astana open a rail corridor " + unique();
        publish(title);
        WebElement response = b.find(By.cssSelector(".graphiql-response"));
        b.waitUntil(d -> response.getText().contains(title));
        assertTrue(response.getText().contains("\"name\": \"Natalia Konarzewska\""), response.getText());
        assertFalse(response.getText().contains("\"errors\""), response.getText());
        b.screenshot("console-subscription");
    }

    private static List<String> titles(Browser b) {
        return b.all(By.cssSelector(".article-card h2")).stream().map(WebElement::getText).toList();
    }

    /** The page says it is live once the server has registered its subscriptions. */
    private static void awaitLive(Browser b) {
        b.waitUntil(d -> d.findElements(By.cssSelector(".live-state[data-state=live]")).size() == 1);
    }

    private double subscriptions() {
        return metrics.get("analyst.live.subscriptions").gauge().value();
    }

    private static void publish(String title) {
        var created = query(Tokens.editor(), """
                mutation($input: ArticleInput!) { articleCreate(input: $input) { article { id version } userErrors { message } } }""",
                Map.of("input", Map.of("title", title, "summary", "Kazakhstan and China agree on a route that bypasses Russia.",
                        "category", "Field Reports", "authorIds", List.of(actorId("natalia-konarzewska")),
                        "sections", List.of(section("BODY", null, "Astana and Beijing signed the accord on Tuesday."))))).ok();
        assertEquals(List.of(), created.userErrors("articleCreate"));
        var published = query(Tokens.editor(), """
                mutation($id: ID!, $version: Int!) { articlePublish(id: $id, expectedVersion: $version) {
                  article { status } userErrors { message } } }""",
                Map.of("id", created.data("articleCreate.article.id"), "version", created.data("articleCreate.article.version"))).ok();
        assertEquals("PUBLISHED", published.data("articlePublish.article.status"));
    }

    /** A statement reported by the sample article (published), as an editor records it; its id. */
    private static String record(String speaker, String summary, String target, String stance) {
        String article = query("query($slug: String!) { article(slug: $slug) { id } }", Map.of("slug", ARTICLE)).ok().data("article.id");
        var created = query(Tokens.editor(), """
                mutation($input: StatementInput!) { statementCreate(input: $input) { statement { id } userErrors { message } } }""",
                Map.of("input", Map.of("speakerId", actorId(speaker), "kind", "WARNING", "summary", summary,
                        "date", Map.of("precision", "MONTH", "earliest", "2022-06-01", "latest", "2022-06-30"),
                        "targets", List.of(Map.of("actorId", actorId(target), "role", "ADDRESSEE", "stance", stance)),
                        "attestations", List.of(Map.of("articleId", article, "form", "SUMMARY", "start", 0, "end", 40))))).ok();
        assertEquals(List.of(), created.userErrors("statementCreate"));
        return created.data("statementCreate.statement.id");
    }
}
