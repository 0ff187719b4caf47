package io.gopherscope.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test shares: one Spring context (the same {@code @SpringBootTest} on every
 * subclass, so Spring's test context cache starts the server once), one headless Chromium for the
 * whole test JVM (Debian's {@code /usr/bin/chromium}; the tests are skipped with a message when it
 * is absent), and a fresh browser context per test, so each test is its own browser session with
 * its own cookies. Console errors, page errors, CSP violations and failed requests are collected
 * and checked after every test. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestBase {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    final List<String> problems = new ArrayList<>();
    /** Requests a test expects to fail (for example a 409 from a refused choice). */
    final List<String> expectedFailures = new ArrayList<>();

    @BeforeAll
    static void needChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "browser test skipped: /usr/bin/chromium is missing (apt-get install chromium; .ci/run does this)");
    }

    static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(BrowserTestBase::closeBrowser));
        }
        return browser;
    }

    private static synchronized void closeBrowser() {
        try {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        } catch (RuntimeException e) {
            // the JVM is exiting anyway
        }
    }

    @BeforeEach
    void openPage() {
        context = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 720));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") || m.text().contains("Content Security Policy")) {
                problems.add(m.text());
            }
        });
        page.onPageError(problems::add);
        page.onResponse(r -> {
            if (r.status() >= 400 && expectedFailures.stream().noneMatch(r.url()::contains)) {
                problems.add(r.status() + " " + r.url());
            }
        });
    }

    @AfterEach
    void closePage() {
        try {
            assertThat(problems).as("browser console errors, CSP violations and failed requests").isEmpty();
        } finally {
            context.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static String program(String name) {
        try (InputStream in = BrowserTestBase.class.getResourceAsStream("/browser/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test program " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void openPlayground() {
        page.navigate(url("/play"));
        assertThat(page.locator(".CodeMirror")).isVisible();
    }

    /** Puts a program in the editor (through CodeMirror's API) and loads it: step 0 is drawn. */
    void load(String source) {
        openPlayground();
        setSource(source);
        page.locator("#start").click();
        assertThat(scope()).hasAttribute("data-step", "0");
    }

    void setSource(String source) {
        page.locator(".CodeMirror").evaluate("(el, s) => el.CodeMirror.setValue(s)", source);
    }

    Locator scope() {
        return page.locator("svg#scope");
    }

    Locator status() {
        return page.locator("#run .status");
    }

    /** Presses Step n times, waiting for each step to be drawn. */
    void step(int n) {
        int from = currentStep();
        for (int i = 1; i <= n; i++) {
            page.locator("[data-action=step]").click();
            assertThat(scope()).hasAttribute("data-step", Integer.toString(from + i));
        }
    }

    /** Clicks (or presses a key) and waits until the picture shows another step; returns it. */
    int clickForStep(String selector) {
        String before = scope().getAttribute("data-step");
        page.locator(selector).click();
        page.waitForFunction("(b) => document.querySelector('svg#scope').dataset.step !== b", before);
        return currentStep();
    }

    int pressForStep(String key) {
        String before = scope().getAttribute("data-step");
        page.keyboard().press(key);
        page.waitForFunction("(b) => document.querySelector('svg#scope').dataset.step !== b", before);
        return currentStep();
    }

    int currentStep() {
        String s = scope().getAttribute("data-step");
        return s == null || s.isEmpty() ? -1 : Integer.parseInt(s);
    }

    void runToEnd() {
        page.locator("[data-action=run]").click();
        assertThat(status()).containsText("exit status");
    }

    /** A step's snapshot as the store holds it, as JSON (for comparing the picture with the data). */
    String snapshotJson() {
        return (String) page.evaluate("() => JSON.stringify(window.gopherscope.store.current())");
    }

    /** The whole page, with the diagram area unrolled, to target/screenshots/NAME.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.evaluate("() => { document.documentElement.style.height = 'auto'; document.body.classList.add('expand-scope'); }");
        page.waitForTimeout(450); // let moves and flashes finish
        Path shot = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
        page.evaluate("() => { document.documentElement.style.height = ''; document.body.classList.remove('expand-scope'); }");
        return shot;
    }

    /** The viewport as a learner sees it, to target/screenshots/NAME.png. */
    Path viewportShot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.waitForTimeout(450);
        Path shot = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot));
        return shot;
    }

    void waitHidden(String selector) {
        page.waitForSelector(selector, new Page.WaitForSelectorOptions().setState(WaitForSelectorState.HIDDEN));
    }
}
