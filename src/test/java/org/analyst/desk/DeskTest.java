package org.analyst.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.analyst.security.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The desk in a real browser (headless Chromium) on the running application and the sample data:
 * every view shows what a reader looks for, the editor sees the API's mistakes and conflicts, and
 * no request leaves the machine. Screenshots of each view go to target/desk-screenshots.
 */
@QuarkusTest
@TestProfile(DeskProfile.class)
class DeskTest extends InTheBrowser {

    private static final String ARTICLE = "china-backs-kazakhstan-against-russian-threats";

    @Test
    void frontPageListsTheLatestArticlesWithAuthorsDatesAndReadCounts() throws IOException {
        Browser b = browser().open("", "front");
        WebElement card = b.find(By.cssSelector(".article-card"));
        assertEquals("China Backs Kazakhstan Against Russian Threats", card.findElement(By.cssSelector("h2 a")).getText());
        String byline = card.findElement(By.cssSelector(".byline")).getText();
        assertTrue(byline.contains("Natalia Konarzewska") && byline.contains("12 January 2023") && byline.contains("17,495 reads"), byline);
        assertEquals("1 article", b.find(By.cssSelector(".pager span")).getText());
        b.screenshot("front-page");

        Map<String, Object> timings = b.timings("#/");
        String report = "Front page: rendered " + Math.round(((Number) timings.get("renderedMs")).doubleValue())
                + " ms after navigation start; " + timings.get("requests") + " requests, " + timings.get("transferBytes")
                + " bytes transferred (" + timings.get("bodyBytes") + " bytes of content): " + timings.get("files");
        System.out.println(report);
        Files.writeString(Browser.SCREENSHOTS.resolve("front-page-timings.txt"), report + "\n");
        assertTrue(((Number) timings.get("renderedMs")).doubleValue() > 0, "the page marks when it has rendered");

        card.findElement(By.cssSelector("h2 a")).click();
        b.awaitView("article");
        assertEquals("China Backs Kazakhstan Against Russian Threats", b.find(By.tagName("h1")).getText());
    }

    @Test
    void articleMarksEachPassageAndShowsTheStatementItReports() throws IOException {
        Browser b = browser().open("#/article/" + ARTICLE, "article");
        WebElement xi = passage(b, "China’s President Xi Jinping asserted that China supports Kazakhstan’s territorial integrity");
        new Actions(b.driver).moveToElement(xi).perform();
        WebElement detail = b.find(By.id("passage-detail"));
        b.waitUntil(d -> detail.getText().contains("Xi Jinping pledges China's support"));
        String shown = detail.getText();
        assertTrue(shown.contains("Xi Jinping") && shown.contains("Support") && shown.contains("14 September 2022"), shown);
        assertTrue(shown.contains("Kazakhstan Supportive"), "the target with its stance: " + shown);
        b.screenshot("article");

        // by keyboard: the passage reporting Medvedev's post, with its disputed attribution
        WebElement medvedev = passage(b, "a post attributed to Dmitry Medvedev");
        b.script("arguments[0].focus()", medvedev);
        b.waitUntil(d -> detail.getText().contains("A post attributed to Dmitry Medvedev declares"));
        assertTrue(detail.getText().contains("attributed, disputed, deleted"), detail.getText());

        List<String> discussed = b.all(By.cssSelector(".discussed li")).stream().map(WebElement::getText).toList();
        assertTrue(discussed.containsAll(List.of("Xi Jinping", "Tigran Keosayan", "Caspian Pipeline Consortium")), discussed.toString());
        assertEquals(31, Set.copyOf(b.<List<String>>script(
                "return [...document.querySelectorAll('mark.passage')].flatMap(m => m.dataset.statements.split(' '))")).size(),
                "every statement of the sample article is marked in its text");
    }

    @Test
    void actorPageShowsNamesStatementsTimelineAndTheNetwork() throws IOException {
        Browser b = browser().open("#/actor/kazakhstan", "actor");
        assertEquals("Kazakhstan", b.find(By.tagName("h1")).getText());
        assertTrue(b.find(By.cssSelector(".aliases")).getText().contains("Astana"));
        assertTrue(b.find(By.id("about-heading")).getText().endsWith("13"), b.find(By.id("about-heading")).getText());
        assertFalse(b.all(By.cssSelector(".timeline rect")).isEmpty(), "the stance timeline is drawn");

        Set<String> hostileSpeakers = b.all(By.cssSelector("path.edge[data-target='Kazakhstan'][data-stance='HOSTILE']"))
                .stream().map(edge -> edge.getDomAttribute("data-source")).collect(Collectors.toSet());
        assertTrue(hostileSpeakers.containsAll(Set.of("Russia", "Tigran Keosayan", "Konstantin Zatulin", "A Russian court",
                "Russian politicians and propagandists", "Prominent Russian media personalities")), hostileSpeakers.toString());
        assertFalse(hostileSpeakers.contains("Dmitry Medvedev"), "a target read in by an analyst is not counted");
        b.screenshot("actor");

        WebElement keosayan = b.find(By.cssSelector("path.edge[data-source='Tigran Keosayan'][data-target='Kazakhstan']"));
        b.script("arguments[0].focus()", keosayan);
        new Actions(b.driver).sendKeys(Keys.ENTER).perform();
        b.waitUntil(d -> d.findElement(By.id("edge-statements")).getText().contains("Tigran Keosayan calls Kazakhstan ungrateful"));
        assertTrue(b.find(By.id("edge-statements")).getText().startsWith("Tigran Keosayan → Kazakhstan: 1 statement"));

        // the filter goes into the address, so the filtered page can be shared
        b.find(By.cssSelector("#filters input[value='HOSTILE']")).click();
        b.find(By.cssSelector("#filters button[type='submit']")).click();
        b.waitUntil(d -> d.getCurrentUrl().endsWith("#/actor/kazakhstan?stances=HOSTILE")
                && d.findElement(By.id("about-heading")).getText().endsWith(" 9"));
        b.awaitView("actor");
        assertTrue(b.find(By.cssSelector("#filters input[value='HOSTILE']")).isSelected());
        b.screenshot("actor-hostile");
    }

    @Test
    void searchFindsMedvedevsDeletedPostAndOpensTheArticleAtItsPassage() throws IOException {
        Browser b = browser().open("", "front");
        WebElement box = b.find(By.id("search-input"));
        box.sendKeys("Medvedev", Keys.ENTER);
        b.awaitView("search");
        assertTrue(b.driver.getCurrentUrl().endsWith("#/search?q=Medvedev"));
        List<String> groups = b.all(By.cssSelector(".hit-group h2")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Actors", "Statements", "Articles"), groups, "grouped by type, best hit first");
        assertEquals("Dmitry Medvedev Person", b.find(By.cssSelector(".hit-actor h3")).getText());
        WebElement post = b.find(By.cssSelector(".hit-statement h3 a"));
        assertTrue(post.getText().startsWith("A post attributed to Dmitry Medvedev"), post.getText());
        assertEquals("Medvedev", b.find(By.cssSelector(".hit-statement .highlight mark")).getText());
        b.screenshot("search");

        post.click();
        b.awaitView("article");
        WebElement current = b.find(By.cssSelector("mark.passage[aria-current]"));
        assertTrue(current.getText().startsWith("a post attributed to Dmitry Medvedev"), current.getText());
        assertEquals(current, b.driver.switchTo().activeElement(), "the passage has the focus");
    }

    @Test
    void anEditorSeesTheApisUserErrorsNextToTheFieldsAndAConflictAsAMessage() throws IOException {
        Browser b = browser();
        signIn(b);
        b.open("#/article/" + ARTICLE, "article");
        passage(b, "Halyk Bank, suspended transactions").click();
        b.find(By.cssSelector("#passage-detail .statement-links a[href$='/edit']")).click();
        b.awaitView("statement-editor");
        String editor = b.driver.getCurrentUrl();

        // dated after the article that reports it: the API refuses, the form says so beside the date
        WebElement latest = b.find(By.id("f-date.latest"));
        setDate(b, "f-date.earliest", "2024-03-01");
        setDate(b, "f-date.latest", "2024-03-01");
        b.find(By.cssSelector("#statement-form button[type='submit']")).click();
        WebElement dateError = b.find(By.id("e-input.date"));
        b.waitUntil(d -> !dateError.getText().isEmpty());
        assertTrue(dateError.getText().length() > 10, dateError.getText());
        b.screenshot("statement-editor-error");
        assertEquals("", b.find(By.id("saved")).getText(), "nothing was saved");
        setDate(b, "f-date.earliest", "2022-01-01");
        setDate(b, "f-date.latest", "2022-12-31");
        assertTrue(latest.isDisplayed());

        // another editor saves the same statement in another tab first
        String first = b.driver.getWindowHandle();
        b.driver.switchTo().newWindow(WindowType.TAB);
        signIn(b);
        b.driver.get(editor);
        b.awaitView("statement-editor");
        WebElement venue = b.find(By.id("f-venue"));
        venue.sendKeys("Almaty");
        b.find(By.cssSelector("#statement-form button[type='submit']")).click();
        b.waitUntil(d -> d.findElement(By.id("saved")).getText().startsWith("Saved (version"));
        b.driver.close();
        b.driver.switchTo().window(first);

        b.find(By.cssSelector("#statement-form button[type='submit']")).click();
        WebElement conflict = b.find(By.cssSelector("#form-errors .conflict"));
        assertTrue(conflict.getText().startsWith("Someone else saved this statement after you opened it"), conflict.getText());
        assertEquals("", b.find(By.id("saved")).getText());
        b.screenshot("statement-editor-conflict");
    }

    @Test
    void theConsoleIsAnalystsAndOpensOnAnExampleThatRuns() throws IOException {
        Browser b = browser();
        b.driver.get("about:blank");
        b.driver.get(root.resolve("/q/graphql-ui/").toString());
        b.waitUntil(d -> "Analyst console".equals(d.getTitle()));
        b.waitUntil(d -> d.findElement(By.cssSelector(".graphiql-query-editor")).getText().contains("query HostileStatementsAboutKazakhstan"));
        b.find(By.cssSelector(".graphiql-execute-button")).click();
        b.waitUntil(d -> d.findElement(By.cssSelector(".graphiql-response")).getText().contains("\"totalCount\": 9"));
        assertTrue(b.find(By.cssSelector(".graphiql-response")).getText().contains("Tigran Keosayan calls Kazakhstan ungrateful"));
        b.screenshot("console");
    }

    private static WebElement passage(Browser b, String text) {
        return b.all(By.cssSelector("mark.passage")).stream().filter(m -> m.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no passage marked with: " + text));
    }

    private static void signIn(Browser b) {
        b.open("#/sign-in", "sign-in");
        b.find(By.id("token")).sendKeys(Tokens.editor());
        b.find(By.cssSelector("#sign-in button")).click();
        b.awaitView("front");
        assertTrue(b.find(By.id("account")).getText().startsWith("Editor:"), b.find(By.id("account")).getText());
    }

    /** Date inputs take their value as the browser's date picker would set it. */
    private static void setDate(Browser b, String id, String isoDate) {
        b.script("const input = document.getElementById(arguments[0]); input.value = arguments[1];"
                + " input.dispatchEvent(new Event('input', {bubbles: true}));", id, isoDate);
    }
}
