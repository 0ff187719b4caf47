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

    @Test
    void joiningIsLimitedPerSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        for (int i = 0; i < 10; i++) {
            MockHttpServletResponse r = mvc.perform(post("/join").session(session).with(csrf()).with(from("198.51.100.20"))
                    .param("code", "WRONG-CODE").param("name", "Guesser")).andReturn().getResponse();
            assertThat(r.getStatus()).as("join " + i).isEqualTo(400);
            assertThat(r.getContentAsString()).contains("No course has this code");
        }
        MockHttpServletResponse refused = mvc.perform(post("/join").session(session).with(csrf()).with(from("198.51.100.20"))
                .param("code", "WRONG-CODE").param("name", "Guesser")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
    }

    @Test
    void submittingIsLimitedPerSessionAndARefusedSubmissionIsNotRecorded() throws Exception {
        RequestPostProcessor teacher = newInstructor();
        long course = createCourse(teacher, "Busy course");
        createAssignment(teacher, course, "Busy week", "accept");
        Cookie eve = join(course, "Eve", "");
        MockHttpSession session = new MockHttpSession();
        String answer = Classroom.right(exercise(PREDICT), checker);
        for (int i = 0; i < 30; i++) {
            MockHttpServletResponse r = mvc.perform(post("/lessons/" + LESSON + "/exercises/" + PREDICT).session(session)
                    .cookie(eve).with(csrf()).with(from("198.51.100.21")).header("HX-Request", "true")
                    .param("submission", answer)).andReturn().getResponse();
            assertThat(r.getHeader("Gopherscope-Attempt")).as("submission " + i).startsWith("recorded");
        }
        long stored = attempts.count();
        MockHttpServletResponse refused = mvc.perform(post("/lessons/" + LESSON + "/exercises/" + PREDICT).session(session)
                .cookie(eve).with(csrf()).with(from("198.51.100.21")).header("HX-Request", "true")
                .param("submission", answer)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Gopherscope-Attempt")).isNull();
        assertThat(attempts.count()).isEqualTo(stored);
    }
}
