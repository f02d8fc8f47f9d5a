package org.analyst.desk;

import java.io.IOException;
import java.net.URI;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * What the desk's browser tests share: one headless Chromium per test class, opened on first use
 * and closed after the last test, and the check after every test that no request left the machine.
 */
abstract class InTheBrowser {

    private static Browser browser;

    @TestHTTPResource("/")
    URI root;

    Browser browser() throws IOException {
        if (browser == null) browser = new Browser(root);
        return browser;
    }

    @AfterEach
    void nothingLeftTheMachine() {
        if (browser != null) browser.assertNothingLeftTheMachine();
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) browser.close();
        browser = null;
    }
}
