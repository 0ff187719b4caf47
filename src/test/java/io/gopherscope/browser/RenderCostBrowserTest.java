package io.gopherscope.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Browser render time per step, for docs/performance-web.md: the 1,000-entry map program and
 * the 100-goroutine program are run to the end, then every step is drawn in order (as Step or
 * Play would draw it) with performance.now() around the render, and again including the style
 * and layout work the browser does before it can paint (forced by reading a layout box).
 * Run with {@code -Dgopherscope.perf=true -Dtest=RenderCostBrowserTest}; it prints the numbers.
 */
@EnabledIfSystemProperty(named = "gopherscope.perf", matches = "true")
class RenderCostBrowserTest extends BrowserTestBase {

    static String perfProgram(String name) {
        try (InputStream in = RenderCostBrowserTest.class.getResourceAsStream("/perf/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final String MEASURE = """
            () => {
              const g = window.gopherscope;
              const svg = document.getElementById('scope');
              const n = g.store.length;
              const render = [], frame = [];
              g.store.seek(0);
              g.renderNow();
              for (let i = 1; i < n; i++) {
                g.store.seek(i);
                const t0 = performance.now();
                g.renderNow();
                const t1 = performance.now();
                svg.getBoundingClientRect(); document.body.offsetHeight; // style + layout, as before a paint
                const t2 = performance.now();
                render.push(t1 - t0);
                frame.push(t2 - t0);
              }
              const stats = (xs) => {
                const s = [...xs].sort((a, b) => a - b);
                const p = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
                return { steps: s.length, median: p(0.5), p99: p(0.99), max: s[s.length - 1], over16: s.filter((x) => x > 16).length };
              };
              return { render: stats(render), frame: stats(frame), elements: svg.querySelectorAll('*').length };
            }""";

    @Test
    void renderTimePerStep() {
        for (String name : List.of("map1000.go", "goroutines100.go")) {
            load(perfProgram(name));
            page.locator("[data-action=run]").click();
            assertThat(status()).containsText("exit status 0", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            // the last step is the program's end, after its heap is gone: measure every step before it
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) page.evaluate(MEASURE);
            System.out.println("perf: browser " + name + " " + r);
        }
    }
}
