package io.gopherscope.browser;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What a student sees when the rate limit refuses a request: with a tiny rule (two run loads per
 * session), the third "Load program" puts the server's sentence where the run panel was, in words,
 * instead of doing nothing. (Its own Spring context, for the tiny rule.)
 */
@TestPropertySource(properties = {
        "gopherscope.rate-limits.rules.play-create.capacity=2",
        "gopherscope.rate-limits.rules.play-create.refill-per-minute=1",
})
class RateLimitBrowserTest extends BrowserTestBase {

    @Test
    void aRefusedLoadSaysWhyAndHowLongToWait() {
        expectedFailures.add("/play/runs");
        load(program("two.go"));
        page.locator("#start").click();
        assertThat(scope()).hasAttribute("data-step", "0");
        page.locator("#start").click();
        assertThat(page.locator("#run .request-problem")).containsText("Too many requests: wait");
        assertThat(page.locator("#run .request-problem")).hasAttribute("role", "alert");
        viewportShot("rate-limited");
        problems.removeIf(m -> m.contains("status of 429")); // the browser's own console note of the refusal
    }
}
