package io.gopherscope.classroom;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The shipped rate limits on the classroom's routes (application.properties): joining (10 in a
 * burst per browser session) and submitting (lesson-submit, 30 per session). A refused
 * submission is not graded and not recorded.
 */
class ClassroomRateLimitTest extends ClassroomTestSupport {

    @Autowired
    AttemptRepository attempts;

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    /**
     * How many requests a bucket of {@code capacity} tokens refilled at {@code perMinute} may let
     * through while a test spends {@code nanos} on them: the burst, plus what a slow machine's
     * seconds refill (the bucket's clock is real time).
     */
    static long allowance(int capacity, int perMinute, long nanos) {
        return capacity + (long) Math.ceil(nanos / 60e9 * perMinute);
    }

    @Test
    void joiningIsLimitedPerSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        long start = System.nanoTime();
        int accepted = 0;
        MockHttpServletResponse r;
        while (true) {
            r = mvc.perform(post("/join").session(session).with(csrf()).with(from("198.51.100.20"))
                    .param("code", "WRONG-CODE").param("name", "Guesser")).andReturn().getResponse();
            if (r.getStatus() == 429 || accepted > 100) break;
            assertThat(r.getStatus()).as("join " + accepted).isEqualTo(400);
            assertThat(r.getContentAsString()).contains("No course has this code");
            accepted++;
        }
        assertThat(r.getStatus()).isEqualTo(429);
        assertThat(r.getHeader("Retry-After")).isNotBlank();
        // the burst of 10 is allowed in full, and not much more (5 a minute refill)
        assertThat(accepted).isGreaterThanOrEqualTo(10).isLessThanOrEqualTo((int) allowance(10, 5, System.nanoTime() - start));
    }

    @Test
    void submittingIsLimitedPerSessionAndARefusedSubmissionIsNotRecorded() throws Exception {
        RequestPostProcessor teacher = newInstructor();
        long course = createCourse(teacher, "Busy course");
        createAssignment(teacher, course, "Busy week", "accept");
        Cookie eve = join(course, "Eve", "");
        MockHttpSession session = new MockHttpSession();
        String answer = Classroom.right(exercise(PREDICT), checker);
        long start = System.nanoTime();
        int accepted = 0;
        while (true) {
            long stored = attempts.count();
            MockHttpServletResponse r = mvc.perform(post("/lessons/" + LESSON + "/exercises/" + PREDICT).session(session)
                    .cookie(eve).with(csrf()).with(from("198.51.100.21")).header("HX-Request", "true")
                    .param("submission", answer)).andReturn().getResponse();
            if (r.getStatus() == 429) {
                // refused: not graded, not recorded
                assertThat(r.getHeader("Gopherscope-Attempt")).isNull();
                assertThat(attempts.count()).isEqualTo(stored);
                break;
            }
            assertThat(r.getHeader("Gopherscope-Attempt")).as("submission " + accepted).startsWith("recorded");
            accepted++;
            assertThat(accepted).as("still accepted after a hundred").isLessThanOrEqualTo(100);
        }
        // the burst of 30 is allowed in full, and not much more (12 a minute refill on a slow machine)
        assertThat(accepted).isGreaterThanOrEqualTo(30).isLessThanOrEqualTo((int) allowance(30, 12, System.nanoTime() - start));
    }
}
