package io.gopherscope.classroom;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The whole classroom through HTTP: course, assignment, students joining and submitting, grid, CSV. */
class ClassroomFlowTest extends ClassroomTestSupport {

    @Test
    void studentsWorkIsRecordedGradedAndExported() throws Exception {
        RequestPostProcessor teacher = newInstructor();
        long course = createCourse(teacher, "Go runtime, spring term");
        createAssignment(teacher, course, "Week 1: channels", "accept");

        Cookie ann = join(course, "Ann Lee", "S-001");
        Cookie bo = join(course, "=Bo, \"the\" Builder", "");

        // Ann: wrong, then right, on the prediction; right on the schedule
        MockHttpServletResponse r = submit(ann, PREDICT, Classroom.wrong(exercise(PREDICT)));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getHeader("Gopherscope-Attempt")).startsWith("recorded; id=");
        assertThat(r.getContentAsString()).contains("Recorded for");
        assertThat(submit(ann, PREDICT, Classroom.right(exercise(PREDICT), checker)).getContentAsString()).contains("verdict-ok");
        assertThat(submit(ann, SCHEDULE, Classroom.right(exercise(SCHEDULE), checker)).getContentAsString()).contains("verdict-ok");

        // Bo: right on the prediction after the due date (late, 25% off); wrong on the schedule
        clock.advance(Duration.ofDays(2));
        r = submit(bo, PREDICT, Classroom.right(exercise(PREDICT), checker));
        assertThat(r.getHeader("Gopherscope-Attempt")).startsWith("recorded");
        assertThat(r.getContentAsString()).contains("Recorded (late)");
        submit(bo, SCHEDULE, Classroom.wrong(exercise(SCHEDULE)));

        String page = mvc.perform(get("/teach/courses/" + course).with(teacher)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Week 1: channels", "Ann Lee", "passed late", "attempted", "2 attempts");
        assertThat(cells(page, "Ann Lee")).containsExactly("passed", "passed");
        assertThat(cells(page, "=Bo, &quot;the&quot; Builder")).containsExactly("passed-late", "attempted");

        MockHttpServletResponse csv = mvc.perform(get("/teach/courses/" + course + "/grades.csv").with(teacher)).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFStudent ID,Name,");
        assertThat(text.split("\r\n")).containsExactly(
                "\uFEFFStudent ID,Name,Week 1: channels: unbuffered-channels/left-in-sendq (10),"
                        + "Week 1: channels: unbuffered-channels/who-parks (10),Total,Max points,Percentage",
                ",\"'=Bo, \"\"the\"\" Builder\",7.5,0,7.5,20,37.5", // rows sorted by name: '=' before 'A'
                "S-001,Ann Lee,10,10,20,20,100");

        // the student's own page shows only their standing
        String my = mvc.perform(get("/my").cookie(bo)).andReturn().getResponse().getContentAsString();
        assertThat(my).contains("Week 1: channels", "passed late", "/s/", "href=\"/my/attempts/").doesNotContain("Ann Lee");
    }

    @Test
    void refusedLateWorkIsNotRecordedAndSaysSo() throws Exception {
        RequestPostProcessor teacher = newInstructor();
        long course = createCourse(teacher, "Strict course");
        createAssignment(teacher, course, "Strict week", "refuse");
        Cookie cy = join(course, "Cy", "");
        clock.advance(Duration.ofDays(3));
        MockHttpServletResponse r = submit(cy, PREDICT, Classroom.right(exercise(PREDICT), checker));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getHeader("Gopherscope-Attempt")).isEqualTo("refused");
        assertThat(r.getContentAsString()).contains("verdict-ok", "Not recorded");
    }

    @Test
    void anonymousLessonPostsStillGradeWithoutAToken() throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/lessons/" + LESSON + "/exercises/" + PREDICT).header("HX-Request", "true")
                .param("submission", Classroom.right(exercise(PREDICT), checker))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getHeader("Gopherscope-Attempt")).isNull();
        assertThat(r.getContentAsString()).contains("verdict-ok");
    }

    @Test
    void aStudentsLessonPostNeedsTheCsrfToken() throws Exception {
        RequestPostProcessor teacher = newInstructor();
        long course = createCourse(teacher, "Token course");
        createAssignment(teacher, course, "Token week", "accept");
        Cookie dee = join(course, "Dee", "");
        MockHttpServletResponse r = mvc.perform(post("/lessons/" + LESSON + "/exercises/" + PREDICT).cookie(dee)
                .header("HX-Request", "true").param("submission", "x")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(403);
    }

    /** The data-status values of a student's row in the grid, in column order. */
    static java.util.List<String> cells(String page, String student) {
        int row = page.indexOf("data-student=\"" + student + "\"");
        assertThat(row).as("row of " + student).isPositive();
        String rest = page.substring(row, page.indexOf("</tr>", row));
        return java.util.regex.Pattern.compile("data-status=\"([a-z-]+)\"").matcher(rest).results().map(m -> m.group(1)).toList();
    }
}
