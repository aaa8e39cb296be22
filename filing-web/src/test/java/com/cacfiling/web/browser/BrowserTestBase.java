package com.cacfiling.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.cacfiling.web.TestFixtures;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running portal (random port, real PostgreSQL) driven by the system's headless Chromium through
 * Playwright. Screenshots of the pages go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestFixtures.class)
abstract class BrowserTestBase {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String CHROMIUM = System.getProperty("browser.executable", "/usr/bin/chromium");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures fixtures;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() throws Exception {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM + ": apt-get install chromium");
        }
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    BrowserContext newContext() {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1360, 900).setAcceptDownloads(true).setLocale("zh-CN"));
        created.setDefaultTimeout(20_000);
        return created;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void login(Page on, String username, String password) {
        on.navigate(url("/login"));
        on.fill("#username", username);
        on.fill("#password", password);
        on.click("#login-submit");
        on.waitForURL(url -> !url.contains("/login"));
    }

    void screenshot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(false));
    }
}
