package io.gopherscope.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.gopherscope.lesson.CheckOutcome;
import io.gopherscope.lesson.Distractor;
import io.gopherscope.lesson.Exercise;
import io.gopherscope.lesson.ExerciseChecker;
import io.gopherscope.lesson.ExerciseKind;
import io.gopherscope.lesson.LessonCatalog;
import io.gopherscope.lesson.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A student works through the exercises of the unbuffered-channels lesson in a real browser, one
 * exercise of each kind, first wrong (the verdict explains why) and then right. Every answer comes
 * from the lesson's own data: the right prediction is computed by the engine from the program, the
 * wrong one is an author's distractor, programs and schedules are the starter and solution files,
 * and the failed checks the page must name are those the checker reports for the starter. The
 * verdicts arrive by htmx: the page never navigates away. Shares the Spring context and the
 * Chromium of the other browser tests ({@link BrowserTestBase}); screenshots of each exercise go to
 * target/screenshots/lesson-*.png.
 */
class LessonExercisesBrowserTest extends BrowserTestBase {

    static final String LESSON = "unbuffered-channels";

    @Autowired
    LessonCatalog catalog;

    @Autowired
    ExerciseChecker checker;

    Exercise exercise(String id, ExerciseKind kind) {
        Exercise ex = catalog.exercise(LESSON, id).orElseThrow(() -> new AssertionError("no exercise " + id));
        assertThat(ex.kind()).isEqualTo(kind);
        return ex;
    }

    void openLesson() {
        page.navigate(url("/lessons/" + LESSON));
        assertThat(page.locator("#exercises-title")).isVisible();
    }

    Locator card(Exercise ex) {
        Locator card = page.locator("#exercise-" + ex.id());
        assertThat(card).hasAttribute("data-kind", ex.kind().yamlName());
        return card;
    }

    /** Presses the exercise's Check button and waits for a new verdict from the server. */
    Locator check(Locator card) {
        Locator verdict = card.locator(".verdict");
        verdict.evaluate("el => el.replaceChildren()"); // so the next verdict is surely the new one
        card.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Check")).click();
        assertThat(verdict.locator(".verdict-message")).isVisible();
        // graded in place by htmx, not by a full-page form post
        assertThat(page).hasURL(url("/lessons/" + LESSON));
        return verdict;
    }

    void expectFailed(Locator verdict) {
        assertThat(verdict.locator(".verdict-fail")).containsText("Not yet");
        assertThat(verdict.locator(".verdict-ok")).hasCount(0);
    }

    void expectPassed(Locator verdict) {
        assertThat(verdict.locator(".verdict-ok")).containsText("Passed");
        assertThat(verdict.locator(".verdict-fail")).hasCount(0);
    }

    /** Every check the engine says the submission fails is named on the page, with its advice. */
    void expectFailedChecksNamed(Exercise ex, String submission, Locator verdict) {
        Verdict truth = checker.check(ex, submission);
        assertThat(truth.passed()).as("the lesson's starter fails").isFalse();
        assertThat(truth.failures()).isNotEmpty();
        Locator message = verdict.locator(".verdict-message");
        for (CheckOutcome o : truth.failures()) {
            assertThat(message).containsText("✗ " + o.check().name("en"));
            String advice = o.check().feedback("en");
            if (advice != null) {
                assertThat(message).containsText(firstLine(advice));
            }
        }
    }

    static String firstLine(String s) {
        return s.strip().lines().findFirst().orElse("");
    }

    /** Types into the exercise's text field as a student would (replacing what is there). */
    void type(Locator card, String text) {
        Locator field = card.locator("[name=submission]");
        assertThat(field).hasCount(1);
        field.fill(text);
    }

    void shot(Locator card, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        card.scrollIntoViewIfNeeded();
        card.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("lesson-" + name + ".png")));
    }

    @Test
    void predictWrongThenRight() {
        Exercise ex = exercise("left-in-sendq", ExerciseKind.PREDICT);
        ExerciseChecker.Prediction right = checker.computeAnswer(ex);
        assertThat(right.error()).isNull();
        Distractor wrong = ex.distractors().get(0);
        assertThat(wrong.answer()).isNotEqualTo(right.value());

        openLesson();
        Locator card = card(ex);
        assertThat(card.locator("pre code")).containsText("package main"); // the program to read
        Locator answer = card.getByLabel("Your prediction");

        answer.fill(wrong.answer());
        Locator verdict = check(card);
        expectFailed(verdict);
        assertThat(verdict.locator(".verdict-message")).containsText("Not quite.");
        assertThat(verdict.locator(".verdict-message")).containsText(firstLine(wrong.feedback("en")));
        shot(card, "predict-wrong");

        answer.fill(right.value());
        verdict = check(card);
        expectPassed(verdict);
        assertThat(verdict.locator(".verdict-message")).containsText("Right!");
        shot(card, "predict-right");
    }

    @Test
    void reachStateStarterFailsSolutionPasses() {
        Exercise ex = exercise("two-in-sendq", ExerciseKind.REACH_STATE);
        programExercise(ex, "reach-state");
    }

    @Test
    void fixBugStarterFailsSolutionPasses() {
        Exercise ex = exercise("self-send", ExerciseKind.FIX_BUG);
        Locator verdict = programExercise(ex, "fix-bug");
        // several seeds and GOMAXPROCS values, all of them passed
        assertThat(verdict.locator(".verdict-message")).containsText("All checks passed in all " + ex.runs().configs(
                "prog.go", ex.solution().text()).size() + " runs.");
    }

    /** The starter is in the editor as the page opens: check it, read why not, then submit the solution. */
    Locator programExercise(Exercise ex, String shotName) {
        openLesson();
        Locator card = card(ex);
        Locator program = card.getByLabel("Your program");
        assertThat(program).hasValue(ex.starter().text());

        Locator verdict = check(card);
        expectFailed(verdict);
        expectFailedChecksNamed(ex, ex.starter().text(), verdict);
        shot(card, shotName + "-starter");

        type(card, ex.solution().text());
        verdict = check(card);
        expectPassed(verdict);
        assertThat(verdict.locator(".verdict-message")).containsText("All checks passed");
        shot(card, shotName + "-solution");
        return verdict;
    }

    @Test
    void scheduleEmptyFailsSolutionPasses() {
        Exercise ex = exercise("who-parks", ExerciseKind.SCHEDULE);
        openLesson();
        Locator card = card(ex);
        assertThat(card.locator("pre code")).containsText("package main"); // the fixed program
        Locator schedule = card.getByLabel("Your schedule");

        schedule.fill("");
        Locator verdict = check(card);
        expectFailed(verdict);
        expectFailedChecksNamed(ex, "", verdict);
        shot(card, "schedule-empty");

        schedule.fill(ex.solution().text());
        verdict = check(card);
        expectPassed(verdict);
        assertThat(verdict.locator(".verdict-message")).containsText("All checks passed");
        shot(card, "schedule-solution");
    }
}
