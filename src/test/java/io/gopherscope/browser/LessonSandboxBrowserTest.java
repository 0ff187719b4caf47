package io.gopherscope.browser;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import io.gopherscope.lesson.SandboxRun;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lesson's {@code sandbox} blocks are live sandboxes on the lesson page: an iframe of
 * {@code /play/embed} that opens at the block's step (here: the first step where two senders wait
 * in {@code sendq}) with only the block's views, draws what that snapshot holds, and steps in place.
 */
class LessonSandboxBrowserTest extends BrowserTestBase {

    static final String LESSON = "unbuffered-channels";

    @Autowired
    SandboxRun.Cache sandboxes;

    Frame embedFrame(int index) {
        page.waitForFunction("(i) => document.querySelectorAll('iframe.sandbox-frame')[i]?.contentDocument?.querySelector('svg#scope')", index);
        return page.locator("iframe.sandbox-frame").nth(index).elementHandle().contentFrame();
    }

    @Test
    void aLessonOpensItsSandboxAtTheStepWithTheViewsAndStepsInPlace() {
        SandboxRun expected = sandboxes.find(LESSON, "en", 0).orElseThrow();
        assertThat(expected.openStep()).isPositive();
        assertThat(expected.views()).containsExactly("goroutines", "hchan");

        page.navigate(url("/lessons/" + LESSON));
        Locator figure = page.locator("figure.sandbox").first();
        figure.scrollIntoViewIfNeeded();
        FrameLocator frame = page.frameLocator("iframe.sandbox-frame >> nth=0");
        Locator scope = frame.locator("svg#scope");
        assertThat(scope).hasAttribute("data-step", Long.toString(expected.openStep()));

        // the chosen views only: goroutines and the channel, no maps, slices or console
        assertThat(frame.locator("text.section-title[data-section=goroutines]")).hasCount(1);
        assertThat(frame.locator("text.section-title[data-section=channels]")).hasCount(1);
        assertThat(frame.locator("text.section-title[data-section=maps]")).hasCount(0);
        assertThat(frame.locator(".console")).hasCount(0);

        // what is drawn is what the snapshot at that step holds: two sudogs in sendq, with their values
        Frame f = embedFrame(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sendq = (List<Map<String, Object>>) f.evaluate(
                "() => Object.values(window.gopherscope.store.current().objects).find((o) => o.kind === 'hchan').sendq");
        assertThat(sendq).hasSize(2);
        Locator drawn = frame.locator("g.hchan .queue[data-queue=sendq] .sudog");
        assertThat(drawn).hasCount(2);
        for (int i = 0; i < 2; i++) {
            assertThat(drawn.nth(i)).hasAttribute("data-g", String.valueOf(((Number) sendq.get(i).get("g")).longValue()));
            assertThat(drawn.nth(i).locator(".sudog-text")).containsText(String.valueOf(((Number) sendq.get(i).get("elem")).longValue()));
        }
        assertThat(frame.locator(".CodeMirror")).isVisible();
        assertThat(frame.locator(".CodeMirror-code")).containsText("ch <- 42");
        screenshot("lesson-sandbox");
        page.evaluate("() => document.querySelector('figure.sandbox').scrollIntoView()");
        viewportShot("lesson-sandbox-view");

        // stepping works inside the sandbox, and the page around it does not move on
        frame.locator("[data-action=step]").click();
        assertThat(scope).hasAttribute("data-step", Long.toString(expected.openStep() + 1));
        frame.locator("[data-action=back]").click();
        frame.locator("[data-action=back]").click();
        assertThat(scope).hasAttribute("data-step", Long.toString(expected.openStep() - 1));
        assertThat(page).hasURL(url("/lessons/" + LESSON));
    }

    @Test
    void theMapIterationSandboxOpensInsideARangeLoopWithTheIterator() {
        page.navigate(url("/lessons/map-iteration"));
        page.locator("figure.sandbox").first().scrollIntoViewIfNeeded();
        SandboxRun expected = sandboxes.find("map-iteration", "en", 0).orElseThrow();
        FrameLocator frame = page.frameLocator("iframe.sandbox-frame >> nth=0");
        assertThat(frame.locator("svg#scope")).hasAttribute("data-step", Long.toString(expected.openStep()));
        assertThat(frame.locator("text.section-title[data-section=maps]")).hasCount(1);
        assertThat(frame.locator("text.section-title[data-section=goroutines]")).hasCount(0);
        assertThat(frame.locator("g.hmap")).hasCount(1);
        // it opens inside the second range loop: the iterator's line and its marker on a slot
        assertThat(frame.locator("g.hmap .iter-line .iter-name")).hasText("hiter(m)");
        assertThat(frame.locator("g.hmap .iter-marker")).hasCount(1);
        assertThat(frame.locator(".console")).hasCount(1);
    }

    @Test
    void onlyThisSiteMayFrameTheSandbox() {
        var embed = page.request().get(url("/play/embed?lesson=" + LESSON + "&sandbox=0"));
        assertThat(embed.headers().get("content-security-policy")).contains("frame-ancestors 'self'");
        assertThat(embed.headers().get("x-frame-options")).isEqualTo("SAMEORIGIN");
        var play = page.request().get(url("/play"));
        assertThat(play.headers().get("content-security-policy")).contains("frame-ancestors 'none'");
        assertThat(page.request().get(url("/play/embed?lesson=" + LESSON + "&sandbox=99")).status()).isEqualTo(404);
    }
}
