package io.gopherscope.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The playground in a real browser, one learner's task per test: writing and running a program,
 * stepping, playing, the timeline, running to the next event of a kind, manual scheduling, the
 * views of goroutines, the scheduler, maps (a growth in progress) and slices compared with the
 * snapshot they draw, panics and deadlocks as Go reports them. Keyboard-only use and the Chinese
 * interface are in {@link AccessibilityBrowserTest}.
 */
class PlaygroundBrowserTest extends BrowserTestBase {

    @Test
    void writesAProgramInTheEditorAndRunsIt() {
        openPlayground();
        Locator editor = page.locator(".CodeMirror");
        editor.click();
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        // typed text, as a learner would enter it (insertText: no auto-indent surprises)
        page.keyboard().insertText("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 6\n\tfmt.Println(x * 7)\n}\n");
        assertThat(editor).containsText("fmt.Println(x * 7)");
        page.keyboard().press("Control+Enter");
        assertThat(scope()).hasAttribute("data-step", "0");
        step(2);
        assertThat(page.locator(".goroutine[data-goid='1'] .line[data-kind=local]").first()).hasText("x = 6");
        assertThat(page.locator(".CodeMirror .cm-current-line")).hasCount(1);
        runToEnd();
        assertThat(page.locator("#stdout")).hasText("42\n");
        assertThat(status()).containsText("exit status 0");
    }

    @Test
    void stepsForwardAndBackAndTheScrubberJumpsToAnyStep() {
        load(program("slices.go"));
        step(4);
        assertThat(page.locator(".step-counter")).hasText("step 4 of 4");
        page.locator("[data-action=back]").click();
        assertThat(scope()).hasAttribute("data-step", "3");
        page.locator("[data-action=back]").click();
        assertThat(scope()).hasAttribute("data-step", "2");
        assertThat(page.locator(".step-counter")).hasText("step 2 of 4");
        // stepping forward again replays what the browser already has
        page.locator("[data-action=step]").click();
        assertThat(scope()).hasAttribute("data-step", "3");
        runToEnd();
        int last = currentStep();
        assertThat(last).isGreaterThan(5);
        Locator scrubber = page.locator(".scrubber");
        assertThat(scrubber).hasAttribute("max", Integer.toString(last));
        scrubber.evaluate("(el) => { el.value = '1'; el.dispatchEvent(new Event('input', { bubbles: true })); }");
        assertThat(scope()).hasAttribute("data-step", "1");
        assertThat(page.locator(".slice-header")).hasCount(1);
        scrubber.evaluate("(el) => { el.value = '4'; el.dispatchEvent(new Event('input', { bubbles: true })); }");
        assertThat(scope()).hasAttribute("data-step", "4");
        assertThat(page.locator("g.array")).hasCount(2);
        assertThat(page.locator("#stdout")).hasText("");
    }

    @Test
    void playRunsAtTheChosenSpeedAndPauseStops() {
        load(program("workers.go"));
        page.locator(".speed").evaluate("(el) => { el.value = '30'; el.dispatchEvent(new Event('input', { bubbles: true })); }");
        assertThat(page.locator(".speed-value")).hasText("30/s");
        Locator play = page.locator("[data-action=play]");
        play.click();
        assertThat(play).hasAttribute("aria-pressed", "true");
        assertThat(status()).containsText("playing at 30 steps per second");
        page.waitForFunction("() => Number(document.querySelector('svg#scope').dataset.step) >= 12");
        play.click();
        assertThat(play).hasAttribute("aria-pressed", "false");
        page.waitForTimeout(100); // the last frame drawn
        int paused = currentStep();
        page.waitForTimeout(400);
        assertThat(currentStep()).as("nothing moves while paused").isEqualTo(paused);
        // play on to the end: the player stops by itself
        play.click();
        assertThat(status()).containsText("exit status 0", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(play).hasAttribute("aria-pressed", "false");
        assertThat(page.locator("#stdout")).hasText("100\n");
    }

    @Test
    void runsToTheNextChannelOperationAndTheNextGoroutineSwitch() {
        load(program("workers.go"));
        int makechan = clickForStep("[data-action=next][data-kind=chan]");
        assertThat(page.locator(".run .event")).hasText("makechan");
        assertThat(clickForStep("[data-action=next][data-kind=chan]")).isGreaterThan(makechan);
        assertThat(page.locator(".run .event")).hasText("makechan");
        clickForStep("[data-action=next][data-kind=chan]");
        assertThat(page.locator(".run .event")).containsText("chansend");
        clickForStep("[data-action=next][data-kind=switch]");
        assertThat(status()).containsText("next goroutine switch: step");
        String running = (String) page.evaluate("() => document.querySelector('.goroutine[data-status=running]')?.dataset.goid ?? ''");
        int at = currentStep();
        page.locator("[data-action=back]").click();
        assertThat(scope()).hasAttribute("data-step", Integer.toString(at - 1));
        String before = (String) page.evaluate("() => document.querySelector('.goroutine[data-status=running]')?.dataset.goid ?? ''");
        assertThat(running).as("the running goroutine changed at the switch").isNotEqualTo(before);
        // no map in this program: the search runs to the end and says so
        page.locator("[data-action=next][data-kind=map]").click();
        assertThat(status()).containsText("no further map growth");
    }

    @Test
    void manualSchedulingChangesTheOutcomeOfTwoGoroutines() {
        load(program("two.go"));
        runToEnd();
        assertThat(page.locator("#stdout")).hasText("B\nA\n"); // Go's order: the newest goroutine runs first (runnext)
        // back to where both goroutines are runnable
        page.keyboard().press("Home");
        assertThat(scope()).hasAttribute("data-step", "0");
        for (int i = 0; i < 20 && page.locator(".goroutine[data-runnable=true]").count() < 2; i++) {
            clickForStep("[data-action=step]");
        }
        Locator runnable = page.locator(".goroutine[data-runnable=true]");
        assertThat(runnable).hasCount(2);
        int at = currentStep();
        screenshot("manual-scheduling-choice");
        // G6 prints A; choosing it makes it run first
        Locator g6 = page.locator(".goroutine[data-goid='6']");
        assertThat(g6).hasAttribute("role", "button");
        g6.click();
        assertThat(status()).containsText("goroutine 6 runs next");
        assertThat(scope()).hasAttribute("data-step", Integer.toString(at + 1));
        assertThat(page.locator(".goroutine[data-goid='6']")).hasAttribute("data-status", "running");
        runToEnd();
        assertThat(page.locator("#stdout")).hasText("A\nB\n");
    }

    @Test
    void aShareLinkReproducesTheProgramTheChoicesAndTheStep() {
        load(program("two.go"));
        for (int i = 0; i < 20 && page.locator(".goroutine[data-runnable=true]").count() < 2; i++) {
            step(1);
        }
        int at = currentStep();
        page.locator(".goroutine[data-goid='6']").click();
        assertThat(scope()).hasAttribute("data-step", Integer.toString(at + 1));
        step(2);
        int shown = currentStep();
        page.locator("[data-action=share]").click();
        Locator field = page.locator(".share-url");
        assertThat(field).isVisible();
        String link = field.inputValue();
        assertThat(link).contains("/play#v=1&go=1.23&seed=1&procs=1&step=" + shown + "&choices=" + at + ":6&src=");

        // another learner opens the link
        com.microsoft.playwright.Page other = context.newPage();
        other.onPageError(problems::add);
        other.navigate(link);
        assertThat(other.locator("#run .status")).containsText("shared run reproduced: step " + shown + ", 1 scheduling choices replayed");
        assertThat(other.locator("svg#scope")).hasAttribute("data-step", Integer.toString(shown));
        assertThat(other.locator(".CodeMirror")).containsText("fmt.Println(\"A\")");
        other.locator("[data-action=run]").click();
        assertThat(other.locator("#stdout")).hasText("A\nB\n");
        other.close();
    }

    @Test
    void goroutineCardsAndTheSchedulerShowStatusWaitReasonsQueuesAndLinks() {
        load(program("workers.go"));
        // to the step where main parks on the full jobs channel
        for (int i = 0; i < 40 && page.locator(".goroutine[data-goid='1'][data-status=waiting]").count() == 0; i++) {
            step(1);
        }
        Locator main = page.locator(".goroutine[data-goid='1']");
        assertThat(main).hasAttribute("data-status", "waiting");
        assertThat(main.locator(".card-status")).containsText("waiting"); // a word, not only a colour
        assertThat(main.locator(".line[data-kind=status]")).hasText("waitreason: chan send");
        assertThat(main.locator(".line[data-kind=parked]")).hasText("parked in sendq of jobs");
        assertThat(page.locator(".links .park-link[data-goid='1']")).hasCount(1);
        assertThat(page.locator(".hchan .queue[data-queue=sendq] .sudog[data-g='1']")).hasCount(1);
        // the scheduler holds the workers: runnext and the run queue, chips keyed by goroutine
        assertThat(page.locator(".proc[data-id='0']")).hasCount(1);
        assertThat(page.locator(".gchip[data-slot=runnext]")).hasCount(1);
        assertThat(page.locator(".gchip[data-slot=runq]")).hasCount(2);
        // hovering a sudog highlights its goroutine
        page.locator(".sudog[data-g='1']").hover();
        assertThat(main).hasClass(java.util.regex.Pattern.compile("\\bhl\\b"));
        assertThat(page.locator("#scope-description p[data-view=goroutines]")).containsText("Goroutine 1 is waiting (waiting for: chan send), parked in the sendq of channel jobs");
        assertThat(page.locator("#scope-description p[data-view=sched]")).containsText("P0 runs");
        screenshot("goroutines-scheduler");
    }

    @Test
    void theMapViewShowsAGrowthInProgressWithTheValuesOfTheSnapshot() {
        load(program("map.go"));
        // the third growth (B 2 -> 3) leaves old buckets to evacuate
        for (int i = 0; i < 4 && page.locator(".hmap[data-growing=true]").count() == 0; i++) {
            clickForStep("[data-action=next][data-kind=map]");
            assertThat(status()).containsText("next map growth: step");
        }
        Locator map = page.locator("g.hmap");
        assertThat(map).hasAttribute("data-growing", "true");
        assertThat(map.locator(".field[data-field=B]")).hasAttribute("data-value", "3");
        assertThat(map.locator(".bucket[data-old=false][data-overflow='0']")).hasCount(8);
        assertThat(map.locator(".bucket[data-old=true]")).hasCount(4);
        String nevacuate = map.locator(".field[data-field=nevacuate]").getAttribute("data-value");
        assertThat(map.locator(".nevacuate")).hasAttribute("data-index", nevacuate);
        assertThat(map.locator(".bucket[data-old=true][data-evacuated=true]")).hasCount(Integer.parseInt(nevacuate));
        assertThat(page.locator("#scope-description p[data-view=maps]")).containsText("It is growing: 4 old buckets");

        // every slot shows what the snapshot holds: compare the picture with the data
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> drawn = (List<Map<String, Object>>) page.evaluate("""
                () => [...document.querySelectorAll('g.hmap .bucket')].map((b) => ({
                  addr: b.dataset.addr,
                  keys: [...b.querySelectorAll('.slot')].map((s) => s.dataset.state === 'full' ? s.querySelector('.slot-key').textContent : null),
                  marks: [...b.querySelectorAll('.slot-mark')].map((m) => m.textContent),
                }))""");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> objects = (Map<String, Map<String, Object>>) page.evaluate("() => window.gopherscope.store.current().objects");
        assertThat(drawn).hasSize(12);
        for (Map<String, Object> b : drawn) {
            Map<String, Object> bmap = objects.get((String) b.get("addr"));
            List<?> tophash = (List<?>) bmap.get("tophash");
            List<?> keys = (List<?>) bmap.get("keys");
            List<?> shownKeys = (List<?>) b.get("keys");
            List<?> marks = (List<?>) b.get("marks");
            for (int i = 0; i < 8; i++) {
                int th = ((Number) tophash.get(i)).intValue();
                if (th >= 5) {
                    assertThat(shownKeys.get(i)).as("key in %s slot %d", b.get("addr"), i).isEqualTo(String.valueOf(((Number) keys.get(i)).longValue()));
                    assertThat(marks.get(i)).isEqualTo(String.format("%02x", th));
                } else {
                    assertThat(shownKeys.get(i)).isNull();
                }
            }
        }

        // clicking a key shows its tophash and bucket computation
        Locator slot = map.locator(".bucket[data-old=false] .slot[data-state=full]").first();
        slot.click();
        Locator detail = page.locator("#key-detail");
        assertThat(detail).isVisible();
        assertThat(detail).containsText("tophash");
        assertThat(detail).containsText("the top 8 bits of the hash");
        assertThat(detail).containsText("(the low B = 3 bits)");
        screenshot("map-growth");
        page.keyboard().press("Escape");
        assertThat(detail).isHidden();
    }

    @Test
    void theMapViewMarksTheSlotARangeLoopIsAt() {
        load(program("maprange.go"));
        step(36); // in the loop body with the first entry
        Locator map = page.locator("g.hmap");
        Locator line = map.locator(".iter-line");
        assertThat(line).hasCount(1);
        assertThat(line.locator(".iter-name")).hasText("hiter(m)");
        assertThat(line).containsText("startBucket");
        Locator marker = map.locator(".iter-marker");
        assertThat(marker).hasCount(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> it = (Map<String, Object>) page.evaluate(
                "() => Object.values(window.gopherscope.store.current().objects).find((o) => o.kind === 'hiter')");
        String bptr = (String) ((Map<?, ?>) it.get("bptr")).get("ref");
        String slot = String.valueOf(((Number) it.get("slot")).intValue());
        assertThat(marker).hasAttribute("data-box", bptr);
        assertThat(marker).hasAttribute("data-slot", slot);
        // the marked slot shows the key the loop body has
        assertThat(map.locator(".bucket[data-addr='" + bptr + "'] .slot[data-slot='" + slot + "'] .slot-key"))
                .hasText(String.valueOf(((Number) it.get("key")).longValue()));
        assertThat(page.locator("#scope-description p[data-view=maps]")).containsText("A range loop is walking it with hiter(m)");
        screenshot("map-range-iterator");
        step(2); // the next entry: the marker moves along
        assertThat(marker).not().hasAttribute("data-slot", slot);
    }

    @Test
    void theSliceViewShowsHeadersSharingAnArrayAndTheirWindows() {
        load(program("slices.go"));
        step(5);
        Locator first = page.locator("g.array").first();
        assertThat(first).hasAttribute("data-shared", "true");
        assertThat(first.locator(".acell .acell-value")).hasText(new String[]{"1", "2", "3", "9"});
        Locator s = first.locator(".slice-header[data-name=s]");
        Locator t = first.locator(".slice-header[data-name=t]");
        assertThat(s).hasAttribute("data-offset", "0");
        assertThat(s).hasAttribute("data-len", "4");
        assertThat(t).hasAttribute("data-offset", "1");
        assertThat(t).hasAttribute("data-len", "3");
        assertThat(t).hasAttribute("data-cap", "3");
        assertThat(t.locator(".slice-fields")).containsText("len 3 cap 3");
        Locator grown = page.locator("g.array").nth(1);
        assertThat(grown).hasAttribute("data-shared", "false");
        assertThat(grown.locator(".acell .acell-value")).hasText(new String[]{"100", "2", "3", "9", "5", "0", "0", "0"});
        assertThat(grown.locator(".window[data-kind=cap]")).hasCount(1);
        // the values are the snapshot's
        String snap = snapshotJson();
        assertThat(snap).contains("\"elems\":[1,2,3,9]").contains("\"elems\":[100,2,3,9,5,0,0,0]");
        // hovering t highlights its window, elements 1 to 3
        t.hover();
        assertThat(first.locator(".acell.in-window")).hasCount(3);
        assertThat(first.locator(".acell[data-index='0'].in-window")).hasCount(0);
        // and so does hovering the local t on the goroutine card
        page.mouse().move(0, 0);
        assertThat(first.locator(".acell.in-window")).hasCount(0);
        page.locator(".goroutine .line[data-slice$='/t']").hover();
        assertThat(first.locator(".acell.in-window")).hasCount(3);
        assertThat(page.locator("#scope-description p[data-view=slices]")).containsText("it is shared by the slices s (len 4, cap 4, from element 0) and t (len 3, cap 3, from element 1)");
        screenshot("slices");
    }

    @Test
    void aRuntimePanicIsReportedAsGoPrintsIt() {
        load(program("panic.go"));
        runToEnd();
        assertThat(page.locator("#stdout")).hasText("before\n");
        assertThat(page.locator("#stderr")).containsText("panic: assignment to entry in nil map");
        assertThat(page.locator("#stderr")).containsText("goroutine 1 [running]:");
        assertThat(status()).containsText("panicked (exit status 2)");
        viewportShot("panic");
    }

    @Test
    void aDeadlockIsReportedAndTheStuckGoroutineShown() {
        load(program("deadlock.go"));
        runToEnd();
        assertThat(page.locator("#stderr")).containsText("fatal error: all goroutines are asleep - deadlock!");
        assertThat(page.locator("#stderr")).containsText("goroutine 1 [chan send]:");
        assertThat(status()).containsText("deadlock");
        Locator main = page.locator(".goroutine[data-goid='1']");
        assertThat(main).hasAttribute("data-status", "waiting");
        assertThat(main.locator(".line[data-kind=status]")).hasText("waitreason: chan send");
        assertThat(page.locator(".hchan .queue[data-queue=sendq] .sudog")).hasCount(1);
        viewportShot("deadlock");
    }

    @Test
    void thePageFitsALaptopScreen() {
        load(program("workers.go"));
        step(3);
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling at 1280x720").isTrue();
        for (String selector : List.of("[data-action=step]", "[data-action=back]", "[data-action=play]", "[data-action=run]",
                "[data-action=reset]", ".scrubber", "[data-kind=chan]", "#start", ".CodeMirror", "#stdout", "svg#scope")) {
            BoundingBox box = page.locator(selector).first().boundingBox();
            assertThat(box).as(selector).isNotNull();
            assertThat(box.y).as(selector + " is on screen").isLessThan(720);
            assertThat(box.x + Math.min(box.width, 40)).as(selector + " is on screen").isLessThanOrEqualTo(1280);
        }
        viewportShot("laptop-1280x720");
    }
}
