package io.gopherscope.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Browser render time per step, for docs/performance-web.md: the 1,000-entry map program and
 * the 100-goroutine program are run to the end, then every step is drawn in order (as Step or
 * Play would draw it) with performance.now() around the render, and again including the style
 * and layout work the browser does before it can paint (forced by reading a layout box).
 * Each program is measured three times as Play draws it above 8 steps a second (no animations,
 * every step) and three times as Step draws it (animated, the first 600 steps, one per frame). Run with
 * {@code -Dgopherscope.perf=true -Dtest=RenderCostBrowserTest}; it prints the numbers.
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

    /**
     * Draws steps 1..n-1 in order, {@code rounds} times. {@code fast}: as Play draws above 8 steps
     * a second, no animations, back to back. Otherwise as Step draws them, animated, one step per
     * animation frame (so earlier steps' animations run and end as they would on screen), for the
     * first {@code limit} steps. Returns each round's statistics and those of the per-step minimum
     * over the rounds: on a busy machine a step's own cost is at most its fastest drawing, while
     * a single round also counts whatever else the machine did meanwhile.
     */
    static final String MEASURE = """
            async ([fast, limit, rounds]) => {
              const g = window.gopherscope;
              g.drawing.fast = fast;
              const svg = document.getElementById('scope');
              const n = Math.min(g.store.length, limit + 1);
              const stats = (xs) => {
                const s = [...xs].sort((a, b) => a - b);
                const p = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
                const r = (x) => Math.round(x * 10) / 10;
                return { steps: s.length, median: r(p(0.5)), p99: r(p(0.99)), max: r(s[s.length - 1]), over16: s.filter((x) => x > 16).length };
              };
              const minRender = [], minFrame = [], perRound = [];
              for (let round = 0; round < rounds; round++) {
                const render = [], frame = [];
                g.store.seek(0);
                g.renderNow();
                for (let i = 1; i < n; i++) {
                  if (!fast) await new Promise(requestAnimationFrame);
                  g.store.seek(i);
                  const t0 = performance.now();
                  g.renderNow();
                  const t1 = performance.now();
                  svg.getBoundingClientRect(); document.body.offsetHeight; // style + layout, as before a paint
                  const t2 = performance.now();
                  render.push(t1 - t0);
                  frame.push(t2 - t0);
                  minRender[i - 1] = Math.min(minRender[i - 1] ?? Infinity, t1 - t0);
                  minFrame[i - 1] = Math.min(minFrame[i - 1] ?? Infinity, t2 - t0);
                }
                perRound.push({ render: stats(render), frame: stats(frame) });
              }
              g.store.seek(Math.floor(g.store.length / 2));
              g.renderNow();
              const elements = svg.querySelectorAll('*').length;
              g.drawing.fast = null;
              return { bestOfRounds: { render: stats(minRender), frame: stats(minFrame) }, perRound, elementsMidway: elements };
            }""";

    @Test
    void renderTimePerStep() {
        for (String name : List.of("map1000.go", "goroutines100.go")) {
            load(perfProgram(name));
            page.locator("[data-action=run]").click();
            assertThat(status()).containsText("exit status 0", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            // the last step is the program's end, after its heap is gone: measure every step before it
            for (boolean fast : new boolean[]{true, false}) {
                Object r = page.evaluate(MEASURE, List.of(fast, fast ? 100_000 : 600, 3));
                System.out.println("perf: browser " + name + (fast ? " fast (Play over 8/s)" : " animated (Step)") + " " + r);
            }
        }
    }
}
