package org.analyst.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Debian's headless Chromium, driven through its chromedriver, on the application under test.
 * It starts from an empty profile with every background service of the browser off, and records
 * every request the page makes (the DevTools network log), so a test can assert that none left
 * the machine.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "desk-screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    private final URI root;
    private final Path profile;
    private final Set<String> requested = new TreeSet<>();

    Browser(URI root) throws IOException {
        this.root = root;
        this.profile = Files.createTempDirectory("desk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1400", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        driver = new ChromeDriver(service, options);
    }

    /** Loads the desk afresh at a route ("#/actor/kazakhstan") and waits until the view has rendered. */
    Browser open(String route, String view) {
        driver.get("about:blank");
        driver.get(root.resolve("/") + route);
        return awaitView(view);
    }

    Browser awaitView(String view) {
        waitUntil(d -> List.of(view, "error").contains(String.valueOf(find(By.tagName("body")).getDomAttribute("data-rendered"))));
        assertEquals(view, find(By.tagName("body")).getDomAttribute("data-rendered"), () -> find(By.id("view")).getText());
        return this;
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /**
     * Waits for a condition that finds its elements afresh on every poll: one the page re-rendered
     * between finding and reading it (stale) only means the condition does not hold yet.
     */
    void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    @SuppressWarnings("unchecked")
    <T> T script(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every URL the browser requested since the last call, WebSockets included, from the DevTools network events. */
    Set<String> requests() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                String method = message.path("method").asText();
                if (method.startsWith("Network.requestWillBeSent")) {
                    requested.add(message.path("params").path("request").path("url").asText());
                } else if (method.equals("Network.webSocketCreated")) {
                    requested.add(message.path("params").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return requested;
    }

    /** Nothing but the application itself was asked for: no font, script or beacon from elsewhere. */
    void assertNothingLeftTheMachine() {
        String origin = root.getScheme() + "://" + root.getAuthority() + "/";
        String webSockets = "ws://" + root.getAuthority() + "/";
        Set<String> elsewhere = new TreeSet<>();
        for (String url : requests()) {
            // the network's schemes only: chrome:// pages (a new tab's) and data: URLs are the browser's own
            if (url.matches("(?i)(https?|wss?|ftp)://.*") && !url.startsWith(origin) && !url.startsWith(webSockets)) {
                elsewhere.add(url);
            }
        }
        List<String> resources = script("return performance.getEntriesByType('resource').map(e => e.name)");
        resources.stream().filter(url -> !url.startsWith(origin)).forEach(elsewhere::add);
        assertEquals(Set.of(), elsewhere, "requests that left the machine");
    }

    /** What the Navigation and Resource Timing APIs measured of the page now shown. */
    Map<String, Object> timings(String route) {
        return script("""
                const mark = performance.getEntriesByName('rendered ' + arguments[0])[0];
                const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
                return {
                  renderedMs: mark ? mark.startTime : -1,
                  requests: entries.length,
                  transferBytes: entries.reduce((sum, e) => sum + e.transferSize, 0),
                  bodyBytes: entries.reduce((sum, e) => sum + e.decodedBodySize, 0),
                  files: entries.map(e => e.name.replace(location.origin, '') + ' ' + e.transferSize + ' B').join(', ')
                };""", route);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
