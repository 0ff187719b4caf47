package io.gopherscope.browser;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The whole path in a real browser: the playground page, htmx starting a run, snapshots arriving
 * over Server-Sent Events, the store rebuilding them from deltas, and the SVG view of the channel.
 * The screenshot lands in target/screenshots/ and is copied to docs/screenshot.png for the README.
 */
class ChannelBrowserTest extends BrowserTestBase {

    @Test
    void stepsTheChannelProgramAndDrawsTheRingBuffer() throws Exception {
        openPlayground();
        assertThat(page.locator(".CodeMirror")).containsText("make(chan int, 2)");

        page.locator("#start").click();
        Locator run = page.locator("#run .run[data-events]");
        assertThat(run).isVisible();
        assertThat(scope()).hasAttribute("data-step", "0");
        step(3);

        Locator channel = scope().locator("g.hchan");
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
        assertThat(channel.locator(".field[data-field=qcount]")).hasAttribute("data-changed", "true");
        assertThat(page.locator("#scope-description")).containsText("holds 2 of 2 values: 1, 2");

        Path shot = viewportShot("channel");
        Files.createDirectories(Path.of("docs"));
        Files.copy(shot, Path.of("docs", "screenshot.png"), StandardCopyOption.REPLACE_EXISTING);

        // step back in the browser's own history: no request needed, the ring shows one value
        page.locator("[data-action=back]").click();
        assertThat(scope()).hasAttribute("data-step", "2");
        assertThat(cell1).hasAttribute("data-occupied", "false");
        assertThat(channel.locator("g.marker-sendx")).hasAttribute("data-index", "1");

        // run to the end: the console shows what Go prints
        page.locator("[data-action=run]").click();
        assertThat(page.locator("#stdout")).hasText("1 2\n");
        assertThat(run.locator(".status")).containsText("exit status 0");
    }

    @Test
    void aDirectHandoffIsDrawnFromTheSenderToTheParkedReceiver() {
        load(program("handoff.go"));
        // main parks on the unbuffered channel's sendq carrying 1; then G6's receive takes it directly
        for (int i = 0; i < 10 && !page.locator(".run .event").textContent().contains("direct from waiting sender"); i++) {
            clickForStep("[data-action=next][data-kind=chan]");
        }
        assertThat(page.locator(".run .event")).containsText("chanrecv: direct from waiting sender G1");
        Locator handoff = page.locator("g.handoff");
        assertThat(handoff).hasAttribute("data-from", "1");
        assertThat(handoff).hasAttribute("data-to", "6");
        assertThat(handoff.locator(".handoff-label")).hasText("direct handoff of 1: G1 → G6");
        assertThat(page.locator("#scope-description p[data-view=channels]"))
                .containsText("In this step goroutine 1 handed 1 directly to goroutine 6, without the buffer.");
        screenshot("channel-handoff");
        page.locator("[data-action=step]").click();
        assertThat(page.locator("g.handoff")).hasCount(0);
    }

    @Test
    void aCompileErrorIsShownAsGoPrintsItAndMarkedInTheEditor() {
        openPlayground();
        // replace the program through CodeMirror's own API, as typing would
        setSource("package main\n\nfunc main() {\n\ty = 1\n}\n");
        page.locator("#start").click();
        assertThat(page.locator("#stderr")).containsText("# command-line-arguments");
        assertThat(page.locator("#stderr")).containsText("./prog.go:4:");
        assertThat(status()).containsText("exit status 1");
        assertThat(status()).containsText("does not compile");
        assertThat(page.locator(".CodeMirror .cm-compile-error")).hasCount(1);
        screenshot("compile-error");
    }
}
