package io.gopherscope.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.gopherscope.classroom.Classroom;
import io.gopherscope.classroom.TestClock;
import io.gopherscope.lesson.Exercise;
import io.gopherscope.lesson.ExerciseChecker;
import io.gopherscope.lesson.LessonCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classroom in real Chromium, as a teacher and two students use it: the teacher sets up the
 * fresh server, creates a course and an assignment of two exercises; Ann joins and passes both on
 * time; the clock moves past the due date; Bo joins, passes one late and fails the other. The
 * dashboard grid shows passed, passed late and attempted, a cell opens its attempts, an attempt
 * replays in the playground, and the CSV has one row per student with the late penalty applied.
 * Its own Spring context (the movable clock), so its database is new and {@code /setup} is open.
 * Screenshots: target/screenshots/classroom-*.png.
 */
@Import(TestClock.Config.class)
class ClassroomBrowserTest extends BrowserTestBase {

    static final String LESSON = "unbuffered-channels";

    @Autowired
    TestClock clock;
    @Autowired
    LessonCatalog catalog;
    @Autowired
    ExerciseChecker checker;

    Exercise exercise(String id) {
        return catalog.exercise(LESSON, id).orElseThrow();
    }

    /** Another browser (its own cookies), checked for console errors and failed requests like the main one. */
    Page newBrowser() {
        BrowserContext ctx = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 800));
        Page p = ctx.newPage();
        p.setDefaultTimeout(15_000);
        p.onConsoleMessage(m -> {
            if (m.type().equals("error") || m.text().contains("Content Security Policy")) {
                problems.add(m.text());
            }
        });
        p.onPageError(problems::add);
        p.onResponse(r -> {
            if (r.status() >= 400) {
                problems.add(r.status() + " " + r.url());
            }
        });
        return p;
    }

    static void shot(Page p, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("classroom-" + name + ".png")).setFullPage(true));
    }

    /** Joins with the code on the join page; lands on the student's page. */
    void join(Page p, String code, String name, String number) {
        p.navigate(url("/join"));
        accessible(p);
        p.getByLabel("Course code").fill(code);
        p.getByLabel("Your name, as your teacher should see it").fill(name);
        p.getByLabel("Student id (optional)").fill(number);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        assertThat(p).hasURL(url("/my?joined"));
        assertThat(p.locator("h1")).hasText("Your homework");
    }

    /** Submits on the lesson page and returns the verdict element once the new verdict is there. */
    Locator check(Page p, String exerciseId, String field, String text) {
        Locator card = p.locator("#exercise-" + exerciseId);
        card.getByLabel(field).fill(text);
        Locator verdict = card.locator(".verdict");
        verdict.evaluate("el => el.replaceChildren()");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check")).click();
        assertThat(verdict.locator(".attempt-note")).isVisible();
        return verdict;
    }

    @Test
    void teacherAndTwoStudentsFromSetUpToGrades() throws Exception {
        Exercise predict = exercise("left-in-sendq");
        Exercise schedule = exercise("who-parks");

        // the teacher sets up the fresh server and signs in
        page.navigate(url("/login"));
        page.getByText("Create the first instructor account").click();
        assertThat(page.locator("h1")).hasText("Set up Gopherscope");
        page.getByLabel("User name").fill("teacher");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("a long passphrase");
        page.getByLabel("Password again").fill("a long passphrase");
        accessible(page);
        shot(page, "setup");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the account")).click();
        assertThat(page.locator(".notice.ok")).containsText("teacher");
        page.getByLabel("User name").fill("teacher");
        page.getByLabel("Password").fill("a long passphrase");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(url("/teach"));

        // a course and an assignment of two exercises, late work accepted with 25% off
        page.getByLabel("Course name").fill("Go runtime, spring");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the course")).click();
        assertThat(page.locator("h1")).hasText("Go runtime, spring");
        String code = page.locator(".join-code").textContent().strip();
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New assignment")).click();
        page.getByLabel("Title").fill("Week 1: unbuffered channels");
        page.locator("#penalty").fill("25");
        page.locator("input[value='" + LESSON + "/left-in-sendq']").check();
        page.locator("input[value='" + LESSON + "/who-parks']").check();
        accessible(page);
        shot(page, "assignment-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the assignment")).click();
        assertThat(page.locator(".assignment h3")).hasText("Week 1: unbuffered channels");

        // Ann joins and passes both exercises on time, working on the lesson page
        Page ann = newBrowser();
        join(ann, code, "Ann Lee", "S-001");
        assertThat(ann.locator(".resume-link")).containsText("/s/");
        accessible(ann);
        shot(ann, "student-joined");
        ann.locator("a[href$='#exercise-left-in-sendq']").click();
        assertThat(ann.locator("#exercises-title")).isVisible();
        Locator v = check(ann, "left-in-sendq", "Your prediction", Classroom.wrong(predict));
        assertThat(v.locator(".attempt-note")).containsText("Recorded for “Week 1: unbuffered channels”");
        v = check(ann, "left-in-sendq", "Your prediction", Classroom.right(predict, checker));
        assertThat(v.locator(".verdict-ok")).isVisible();
        v = check(ann, "who-parks", "Your schedule", Classroom.right(schedule, checker));
        assertThat(v.locator(".verdict-ok")).isVisible();
        ann.locator("#exercise-who-parks").scrollIntoViewIfNeeded();
        shot(ann, "student-recorded");
        ann.navigate(url("/my"));
        assertThat(ann.locator("td[data-status=passed]")).hasCount(2);

        // past the due date: Bo passes the prediction late and gets the schedule wrong
        clock.advance(Duration.ofDays(8));
        Page bo = newBrowser();
        join(bo, code.toLowerCase(), "Bo Chen", "");
        bo.navigate(url("/lessons/" + LESSON));
        v = check(bo, "left-in-sendq", "Your prediction", Classroom.right(predict, checker));
        assertThat(v.locator(".attempt-note")).containsText("Recorded (late)");
        v = check(bo, "who-parks", "Your schedule", Classroom.wrong(schedule));
        assertThat(v.locator(".verdict-fail")).isVisible();
        bo.navigate(url("/my"));
        assertThat(bo.locator(".late")).containsText("25% penalty");
        assertThat(bo.locator("body")).not().containsText("Ann Lee");
        bo.navigate(url("/my?lang=zh-CN"));
        assertThat(bo.locator("h1")).hasText("你的作业");
        assertThat(bo.locator("td[data-status=passed-late]")).hasText("迟交通过");
        shot(bo, "student-zh");

        // the dashboard grid
        page.reload();
        Locator annRow = page.locator("tr[data-student='Ann Lee']");
        Locator boRow = page.locator("tr[data-student='Bo Chen']");
        assertThat(annRow.locator("td.cell")).hasCount(2);
        assertThat(statuses(annRow)).containsExactly("passed", "passed");
        assertThat(statuses(boRow)).containsExactly("passed-late", "attempted");
        assertThat(annRow.locator("td.cell").first()).containsText("2 attempts");
        assertThat(annRow.locator(".total")).hasText("20");
        assertThat(boRow.locator(".total")).hasText("7.5");
        accessible(page);
        shot(page, "dashboard");

        // a cell lists its attempts (htmx), an attempt replays in the playground at its run's last step
        boRow.locator("td.cell[data-exercise=who-parks] a").click();
        assertThat(page.locator("#cell-detail .attempts-title")).containsText("Bo Chen");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/teach/courses/\\d+$"));
        page.locator("#cell-detail .attempts a").first().click();
        assertThat(page.locator("h1")).containsText("Bo Chen");
        assertThat(page.locator(".submission")).containsText(Classroom.wrong(schedule).strip().lines().findFirst().orElse(""));
        shot(page, "attempt");
        String replay = page.locator("a.replay").getAttribute("href");
        java.util.regex.Matcher step = java.util.regex.Pattern.compile("&step=(\\d+)&").matcher(replay);
        assertThat(step.find()).as(replay).isTrue();
        assertThat(Long.parseLong(step.group(1))).isPositive();
        page.locator("a.replay").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/play#v=1&go="));
        assertThat(status()).containsText("step " + step.group(1), new com.microsoft.playwright.assertions.LocatorAssertions
                .ContainsTextOptions().setTimeout(30_000));
        assertThat(scope()).hasAttribute("data-step", step.group(1));
        assertThat(page.locator(".CodeMirror")).containsText("package main");
        shot(page, "replay");

        // the grade export
        page.goBack();
        page.goBack();
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Export grades (CSV)")).click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).containsExactly(
                "\uFEFFStudent ID,Name,Week 1: unbuffered channels: " + LESSON + "/left-in-sendq (10),"
                        + "Week 1: unbuffered channels: " + LESSON + "/who-parks (10),Total,Max points,Percentage",
                "S-001,Ann Lee,10,10,20,20,100",
                ",Bo Chen,7.5,0,7.5,20,37.5");
        Files.writeString(SCREENSHOTS.resolve("classroom-grades.csv"), csv, StandardCharsets.UTF_8);

        ann.context().close();
        bo.context().close();
    }

    /** Every visible form field has a label (or an aria-label) and the page has one h1. */
    static void accessible(Page p) {
        Object unlabelled = p.evaluate("() => [...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea')]"
                + ".filter(e => e.labels.length === 0 && !e.getAttribute('aria-label')).map(e => e.name)");
        assertThat((List<?>) unlabelled).as("form fields without a label on " + p.url()).isEmpty();
        assertThat(p.locator("h1")).hasCount(1);
    }

    static List<String> statuses(Locator row) {
        return row.locator("td.cell").all().stream().map(c -> c.getAttribute("data-status")).toList();
    }
}
