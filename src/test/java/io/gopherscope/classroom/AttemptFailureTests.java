package io.gopherscope.classroom;

import io.gopherscope.testing.DatabaseOutage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A submission that meets a failing database is graded, told clearly that it was not saved, and
 * saved when submitted again: never dropped silently, never a stack trace. Runs on both databases
 * ({@link AttemptFailureH2Test}, {@link AttemptFailurePostgresTest}).
 */
@Import(DatabaseOutage.Config.class)
abstract class AttemptFailureTests extends ClassroomTestSupport {

    @Autowired
    DatabaseOutage outage;
    @Autowired
    AttemptRepository attempts;

    @AfterEach
    void heal() {
        outage.heal();
    }

    Cookie enrolledStudent(String name) throws Exception {
        var teacher = newInstructor();
        long course = createCourse(teacher, "Outage " + name);
        createAssignment(teacher, course, "Week " + name, "accept");
        return join(course, name, "");
    }

    long attemptsOf(String submission) {
        return attempts.findAll().stream().filter(a -> a.submission().equals(submission)).count();
    }

    @Test
    void databaseDownMeansNotSavedSayItAndTheRetryIsStoredOnce() throws Exception {
        Cookie student = enrolledStudent("Ada");
        String answer = Classroom.right(exercise(PREDICT), checker);

        outage.down();
        MockHttpServletResponse failed = submit(student, PREDICT, answer);
        assertFailedClearly(failed);
        outage.heal();
        assertThat(attemptsOf(answer)).as("nothing stored while down").isZero();

        MockHttpServletResponse retried = submit(student, PREDICT, answer);
        assertThat(retried.getStatus()).isEqualTo(200);
        assertThat(retried.getHeader("Gopherscope-Attempt")).startsWith("recorded; id=");
        assertThat(attemptsOf(answer)).as("the retry is stored, once").isOne();
    }

    @Test
    void aWriteThatFailsMidRequestIsReportedNotDropped() throws Exception {
        Cookie student = enrolledStudent("Grace");
        String answer = Classroom.wrong(exercise(PREDICT)) + " (grace)";

        outage.failWrites();
        assertFailedClearly(submit(student, PREDICT, answer));
        outage.heal();
        assertThat(attemptsOf(answer)).isZero();

        MockHttpServletResponse retried = submit(student, PREDICT, answer);
        assertThat(retried.getHeader("Gopherscope-Attempt")).startsWith("recorded; id=");
        assertThat(attemptsOf(answer)).isOne();
    }

    @Test
    void studentPagesSayTheDatabaseIsUnavailableWithoutATrace() throws Exception {
        Cookie student = enrolledStudent("Linus");
        outage.down();
        MockHttpServletResponse page = mvc.perform(get("/my").cookie(student)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(503);
        assertNoTrace(page.getContentAsString());
    }

    static void assertFailedClearly(MockHttpServletResponse r) throws Exception {
        String body = r.getContentAsString();
        assertThat(r.getStatus()).as(body).isEqualTo(503);
        assertThat(r.getHeader("Gopherscope-Attempt")).isEqualTo("failed");
        assertThat(r.getHeader("Retry-After")).isNotBlank();
        // Graded all the same, and the student is told it was not saved and what to do.
        assertThat(body).contains("verdict-message").contains("could not be saved").contains("press Check again");
        assertNoTrace(body);
    }

    static void assertNoTrace(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("at io.gopherscope").doesNotContain("at org.")
                .doesNotContain("SQL");
    }
}
