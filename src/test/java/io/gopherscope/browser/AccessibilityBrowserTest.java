package io.gopherscope.browser;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every learner: the whole playground by keyboard alone, the diagrams in words in a live
 * region that follows the steps, and the interface in Simplified Chinese.
 */
class AccessibilityBrowserTest extends BrowserTestBase {

    /** Presses Tab until the focused element matches {@code selector} (at most {@code max} times). */
    void tabTo(String selector, int max) {
        for (int i = 0; i < max; i++) {
            if ((Boolean) page.evaluate("(s) => document.activeElement?.matches(s) ?? false", selector)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        assertThat((Boolean) page.evaluate("(s) => document.activeElement?.matches(s) ?? false", selector))
                .as("Tab reaches " + selector).isTrue();
    }

    @Test
    void everythingWorksFromTheKeyboardAlone() {
        page.navigate(url("/play"));
        assertThat(page.locator(".CodeMirror")).isVisible();
        // into the editor, write the program, load it with Ctrl+Enter
        tabTo(".CodeMirror textarea", 12);
        page.keyboard().press("Control+A");
        page.keyboard().insertText(program("two.go"));
        page.keyboard().press("Control+Enter");
        assertThat(scope()).hasAttribute("data-step", "0");
        // Esc leaves the editor; Tab moves on to the run controls
        page.keyboard().press("Escape");
        assertThat(page.locator("#go")).isFocused();
        tabTo("[data-action=step]", 12);
        page.keyboard().press("Enter");
        assertThat(scope()).hasAttribute("data-step", "1");
        page.keyboard().press("ArrowRight");
        assertThat(scope()).hasAttribute("data-step", "2");
        page.keyboard().press("ArrowLeft");
        assertThat(scope()).hasAttribute("data-step", "1");
        page.keyboard().press(".");
        assertThat(scope()).hasAttribute("data-step", "2");
        // play and pause with k, speed with + and -
        page.keyboard().press("+");
        assertThat(page.locator(".speed-value")).hasText("5/s");
        page.keyboard().press("-");
        assertThat(page.locator(".speed-value")).hasText("4/s");
        page.keyboard().press("k");
        assertThat(page.locator("[data-action=play]")).hasAttribute("aria-pressed", "true");
        page.keyboard().press("k");
        assertThat(page.locator("[data-action=play]")).hasAttribute("aria-pressed", "false");
        // run to the end, back to the start, to the next goroutine switch
        page.keyboard().press("e");
        assertThat(status()).containsText("exit status 0");
        assertThat(page.locator("#stdout")).hasText("B\nA\n");
        page.keyboard().press("Home");
        assertThat(scope()).hasAttribute("data-step", "0");
        page.keyboard().press("c");
        assertThat(page.locator(".run .event")).hasText("makechan");
        // manual scheduling by keyboard: step until both goroutines are runnable, Tab to G6, Enter
        for (int i = 0; i < 20 && page.locator(".goroutine[data-runnable=true]").count() < 2; i++) {
            pressForStep("ArrowRight");
        }
        assertThat(page.locator(".goroutine[data-runnable=true]")).hasCount(2);
        int at = currentStep();
        tabTo(".goroutine[data-goid='6']", 40);
        page.keyboard().press("Enter");
        assertThat(scope()).hasAttribute("data-step", Integer.toString(at + 1));
        page.keyboard().press("Shift+ArrowRight");
        assertThat(page.locator("#stdout")).hasText("A\nB\n");
        // the shortcut list opens with ?
        page.locator("body").focus();
        page.keyboard().press("?");
        assertThat(page.locator("#shortcuts")).hasAttribute("open", "");
        screenshot("keyboard-only");
        // the settings are one key away; l switches the language and keeps the program
        page.keyboard().press("p");
        assertThat(page.locator("#maxprocs")).isFocused();
        page.keyboard().press("Tab");
        page.keyboard().press("v");
        assertThat(page.locator("#go")).isFocused();
        page.keyboard().press("Escape");
        tabTo("[data-action=step]", 12);
        page.keyboard().press("l");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(page.locator(".CodeMirror")).containsText("fmt.Println(\"A\")");
        page.locator("body").press("l");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }

    @Test
    void theDiagramsInWordsFollowEveryStep() {
        load(program("slices.go"));
        Locator words = page.locator("#scope-description");
        assertThat(words).hasAttribute("aria-live", "polite");
        step(2);
        assertThat(words.locator("p[data-view=step]")).containsText("Step 2:");
        assertThat(words.locator("p[data-view=slices]")).containsText("it is shared by the slices s (len 4, cap 4, from element 0) and t (len 2, cap 3, from element 1)");
        step(1);
        assertThat(words.locator("p[data-view=slices]")).containsText("t (len 3, cap 3, from element 1)");
        // hidden by default (but read out), shown on request
        assertThat(words).hasClass(java.util.regex.Pattern.compile("visually-hidden"));
        page.locator("#toggle-words").click();
        assertThat(words).isVisible();
        assertThat(page.locator("#toggle-words")).hasAttribute("aria-expanded", "true");
    }

    @Test
    void theInterfaceSwitchesToSimplifiedChineseAndKeepsTheProgram() {
        openPlayground();
        setSource(program("workers.go"));
        page.locator(".lang-switch a[data-lang='zh-CN']").click();
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(page.locator("#start")).hasText("载入程序");
        assertThat(page.locator(".CodeMirror")).containsText("func worker(id int");
        page.locator("#start").click();
        assertThat(scope()).hasAttribute("data-step", "0");
        assertThat(page.locator("[data-action=step]")).hasText("前进 ▶");
        assertThat(page.locator("[data-action=back]")).hasText("◀ 后退");
        step(6);
        assertThat(page.locator(".section-title[data-section=goroutines]")).containsText("goroutine（2 个）");
        assertThat(page.locator(".goroutine[data-goid='6'] .card-status")).containsText("可运行");
        assertThat(page.locator("#scope-description p[data-view=step]")).containsText("第 6 步");
        assertThat(page.locator("#scope-description p[data-view=channels]")).containsText("channel jobs");
        assertThat(page.locator(".step-counter")).hasText("第 6 步，共 6 步");
        screenshot("chinese");
        // and back: the choice is remembered in a cookie
        page.locator(".lang-switch a[data-lang='en']").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#start")).hasText("Load program");
        page.navigate(url("/play"));
        assertThat(page.locator("#start")).hasText("Load program");
    }
}
