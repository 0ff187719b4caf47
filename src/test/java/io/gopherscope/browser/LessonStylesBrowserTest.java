package io.gopherscope.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lesson page's styles at three window sizes (a 1280×720 laptop, a narrow 1024×640 one, a
 * 390-wide phone): the page never scrolls sideways, prose keeps a readable measure, a verdict
 * with a very long line wraps inside its card, and Passed / Not yet is said in words and with a
 * mark, not by colour alone. Screenshots: target/screenshots/lesson-styles-*.png.
 */
class LessonStylesBrowserTest extends BrowserTestBase {

    static final String LESSON = "unbuffered-channels";

    void open(int width, int height) {
        // the sandboxes' own pages are LessonSandboxBrowserTest's; here they are placeholders of their size
        page.route("**/play/embed?**", r -> r.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(200).setContentType("text/html").setBody("<!DOCTYPE html><title>sandbox</title><p>sandbox</p>")));
        page.setViewportSize(width, height);
        page.navigate(url("/lessons/" + LESSON));
        assertThat(page.locator("#exercises-title")).isVisible();
    }

    /** Submits the first fix-the-bug exercise's starter unchanged: a failed verdict with the checks' feedback. */
    Locator failedVerdict() {
        Locator card = page.locator("article.exercise[data-kind=fix-bug]").first();
        card.scrollIntoViewIfNeeded();
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check")).click();
        Locator verdict = card.locator(".verdict");
        assertThat(verdict.locator(".verdict-message")).isVisible();
        return card;
    }

    /** The elements (outside scrolling boxes) that reach past the window's right edge, for a readable failure. */
    static final String WIDER = "() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('pre, table, .CodeMirror, iframe, textarea')).slice(0, 8).map((e) => e.tagName + '.' + e.className).join(' ')";

    boolean pageScrollsSideways() {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
    }

    void shot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("lesson-styles-" + name + ".png")));
    }

    @Test
    void aLaptopScreenGetsReadableProseAndWrappedFeedback() {
        for (int[] size : new int[][] {{1280, 720}, {1024, 640}}) {
            open(size[0], size[1]);
            double measure = ((Number) page.evaluate("() => document.querySelector('.prose p').getBoundingClientRect().width")).doubleValue();
            double em = ((Number) page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.prose p')).fontSize)")).doubleValue();
            assertThat(measure / em).as("prose line length in ems at %dx%d", size[0], size[1]).isLessThanOrEqualTo(48);
            shot("top-" + size[0]);

            Locator card = failedVerdict();
            Locator message = card.locator(".verdict-message");
            // a feedback line far longer than the card (a long Go error, a long output line)
            message.evaluate("(el) => { el.textContent += '\\n' + 'panic: runtime error: index out of range [12345] with length 3; goroutine 1 [running]: main.main() /tmp/prog.go:12 +0x1d '.repeat(6) + 'x'.repeat(300); }");
            assertThat(((Number) message.evaluate("(el) => el.scrollWidth - el.clientWidth")).intValue())
                    .as("the verdict wraps instead of scrolling sideways").isLessThanOrEqualTo(1);
            double cardRight = ((Number) card.evaluate("(el) => el.getBoundingClientRect().right")).doubleValue();
            assertThat(cardRight).isLessThanOrEqualTo(size[0]);
            assertThat(pageScrollsSideways()).isFalse();

            // the verdict says it in words and with a mark; the colour only repeats it
            Locator fail = card.locator(".verdict-fail strong");
            assertThat(fail).hasText("Not yet");
            assertThat((String) fail.evaluate("(el) => getComputedStyle(el, '::before').content")).contains("✗");
            card.locator(".verdict-message").evaluate("(el) => el.scrollIntoView({block: 'center'})");
            shot("verdict-" + size[0]);
        }
    }

    @Test
    void aPhoneGetsOneColumnAndNoSidewaysScrolling() {
        open(390, 800);
        assertThat((String) page.evaluate(WIDER)).as("elements wider than the window").isEmpty();
        assertThat(pageScrollsSideways()).isFalse();
        // code blocks scroll inside themselves rather than widening the page
        Locator pre = page.locator(".prose pre").first();
        assertThat(((Number) pre.evaluate("(el) => el.getBoundingClientRect().right")).doubleValue()).isLessThanOrEqualTo(390);
        Locator textarea = page.locator("article.exercise textarea").first();
        assertThat(((Number) textarea.evaluate("(el) => el.getBoundingClientRect().right")).doubleValue()).isLessThanOrEqualTo(390);
        shot("phone");
        failedVerdict();
        assertThat(pageScrollsSideways()).isFalse();
        page.locator("article.exercise[data-kind=fix-bug] .verdict").first().scrollIntoViewIfNeeded();
        shot("phone-verdict");
    }
}
