package io.gopherscope.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path in a real browser: the playground page, htmx starting a run, snapshots arriving
 * over Server-Sent Events, the store rebuilding them from deltas, and the SVG view of the channel.
 * Uses Debian's Chromium ({@code /usr/bin/chromium}); skipped with a message when it is absent.
 * The screenshot lands in target/screenshots/ and is copied to docs/screenshot.png for the README.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChannelBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "browser test skipped: /usr/bin/chromium is missing (apt-get install chromium; .ci/run does this)");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void stepsTheChannelProgramAndDrawsTheRingBuffer() throws Exception {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 720));
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") || m.text().contains("Content Security Policy")) {
                problems.add(m.text());
            }
        });
        page.onPageError(problems::add);
        page.onResponse(r -> {
            if (r.status() >= 400) {
                problems.add(r.status() + " " + r.url());
            }
        });

        page.navigate("http://localhost:" + port + "/play");
        assertThat(page.locator(".CodeMirror")).isVisible();
        assertThat(page.locator(".CodeMirror")).containsText("make(chan int, 2)");

        page.locator("#start").click();
        Locator run = page.locator("#run .run[data-events]");
        assertThat(run).isVisible();
        Locator svg = page.locator("svg#scope");
        assertThat(svg).hasAttribute("data-step", "0");

        for (int i = 1; i <= 3; i++) {
            page.locator("[data-action=step]").click();
            assertThat(svg).hasAttribute("data-step", Integer.toString(i));
        }

        Locator channel = svg.locator("g.hchan");
        assertThat(channel).hasCount(1);
        Locator cell0 = channel.locator("g.cell[data-index='0']");
        Locator cell1 = channel.locator("g.cell[data-index='1']");
        assertThat(cell0).hasAttribute("data-occupied", "true");
        assertThat(cell1).hasAttribute("data-occupied", "true");
        assertThat(cell0.locator(".cell-value")).hasText("1");
        assertThat(cell1.locator(".cell-value")).hasText("2");
        assertThat(channel.locator("g.marker-sendx")).hasAttribute("data-index", "0");
        assertThat(channel.locator("g.marker-recvx")).hasAttribute("data-index", "0");
        assertThat(channel.locator(".field[data-field=qcount]")).hasAttribute("data-value", "2");
        assertThat(channel.locator(".field[data-field=dataqsiz]")).hasAttribute("data-value", "2");
        assertThat(page.locator("#scope-description")).containsText("holds 2 of 2 values: 1, 2");

        page.waitForTimeout(400); // let the marker glide to its place before the picture is taken
        Path shot = Paths.get("target", "screenshots", "channel.png");
        Files.createDirectories(shot.getParent());
        page.screenshot(new Page.ScreenshotOptions().setPath(shot));
        Files.createDirectories(Path.of("docs"));
        Files.copy(shot, Path.of("docs", "screenshot.png"), StandardCopyOption.REPLACE_EXISTING);

        // step back in the browser's own history: no request needed, the ring shows one value
        page.locator("[data-action=back]").click();
        assertThat(svg).hasAttribute("data-step", "2");
        assertThat(cell1).hasAttribute("data-occupied", "false");
        assertThat(channel.locator("g.marker-sendx")).hasAttribute("data-index", "1");

        // run to the end: the console shows what Go prints
        page.locator("[data-action=run]").click();
        assertThat(page.locator("#stdout")).hasText("1 2\n");
        assertThat(run.locator(".status")).containsText("exit status 0");

        assertThat(problems).as("browser console errors and CSP violations").isEmpty();
    }

    @Test
    void aCompileErrorIsShownAsGoPrintsItAndMarkedInTheEditor() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 720));
        page.navigate("http://localhost:" + port + "/play");
        assertThat(page.locator(".CodeMirror")).isVisible();
        // replace the program through CodeMirror's own API, as typing would
        page.locator(".CodeMirror").evaluate("el => el.CodeMirror.setValue('package main\\n\\nfunc main() {\\n\\ty = 1\\n}\\n')");
        page.locator("#start").click();
        assertThat(page.locator("#stderr")).containsText("# command-line-arguments");
        assertThat(page.locator("#stderr")).containsText("./prog.go:4:");
        assertThat(page.locator("#run .status")).containsText("exit status 1");
        assertThat(page.locator(".CodeMirror .cm-compile-error")).hasCount(1);
    }
}
