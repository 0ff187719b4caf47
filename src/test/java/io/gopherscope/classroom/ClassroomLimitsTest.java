package io.gopherscope.classroom;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Input limits: over-long or malformed input is refused with a message that names the limit, and nothing is stored. */
class ClassroomLimitsTest extends ClassroomTestSupport {

    String body(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString();
    }

    @Test
    void joiningRefusesLongNamesAndUnknownCodes() throws Exception {
        RequestPostProcessor teacher = newInstructor();
        long course = createCourse(teacher, "Limits course");
        String code = joinCode(course);
        MockHttpServletResponse r = mvc.perform(post("/join").with(csrf()).param("code", code).param("name", "x".repeat(81)))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(body(r)).contains("Your name has 1 to 80 characters.");
        assertThat(r.getCookie(StudentCookie.NAME)).isNull();
        r = mvc.perform(post("/join").with(csrf()).param("code", code).param("name", "Ann").param("number", "9".repeat(41)))
                .andReturn().getResponse();
        assertThat(body(r)).contains("A student id has at most 40 characters.");
        r = mvc.perform(post("/join").with(csrf()).param("code", "x".repeat(5000)).param("name", "Ann")).andReturn().getResponse();
        assertThat(body(r)).contains("No course has this code");
        // a code is accepted in any case, with or without its dash and spaces
        r = mvc.perform(post("/join").with(csrf()).param("code", " " + code.toLowerCase().substring(0, 4) + " - " + code.substring(4).toLowerCase())
                .param("name", "Ann")).andReturn().getResponse();
        assertThat(r.getRedirectedUrl()).isEqualTo("/my?joined");
    }

    @Test
    void coursesAndAssignmentsRefuseBadInput() throws Exception {
        RequestPostProcessor teacher = newInstructor();
        MockHttpServletResponse r = mvc.perform(post("/teach/courses").with(teacher).with(csrf()).param("name", "c".repeat(121)))
                .andReturn().getResponse();
        assertThat(body(r)).contains("A course name has 1 to 120 characters.");
        long course = createCourse(teacher, "Limits course 2");
        String path = "/teach/courses/" + course + "/assignments";
        String[][] cases = {
                {"title", "t".repeat(161), "A title has 1 to 160 characters."},
                {"penalty", "150", "The late penalty is a percentage from 0 to 100."},
                {"points", "0", "Points per exercise: a whole number from 1 to 1000."},
                {"points", "ten", "The points and the penalty must be whole numbers."},
                {"due", local(Duration.ofDays(-2)), "The due date must come after the opening date."},
                {"opens", "yesterday", "Give the opening date and the due date."},
                {"exercise", "no-such-lesson/nothing", "Choose at least one exercise"},
        };
        for (String[] c : cases) {
            java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
            form.put("title", "Week");
            form.put("opens", local(Duration.ofHours(-1)));
            form.put("due", local(Duration.ofDays(1)));
            form.put("latePolicy", "accept");
            form.put("penalty", "10");
            form.put("points", "10");
            form.put("exercise", LESSON + "/" + PREDICT);
            form.put(c[0], c[1]);
            var req = post(path).with(teacher).with(csrf());
            form.forEach(req::param);
            r = mvc.perform(req).andReturn().getResponse();
            assertThat(r.getStatus()).as(c[0]).isEqualTo(200);
            assertThat(body(r)).as(c[0] + "=" + c[1]).contains(c[2]);
        }
    }

    @Test
    void instructorAccountsNeedAGoodNameAndPassword() throws Exception {
        RequestPostProcessor teacher = newInstructor();
        String[][] cases = {
                {"a b", "0123456789x", "0123456789x", "The user name must be"},
                {"newone", "short", "short", "at least 10 characters"},
                {"newone", "长".repeat(30), "长".repeat(30), "at most 72 bytes"},
                {"newone", "0123456789x", "0123456789y", "The two passwords differ."},
        };
        for (String[] c : cases) {
            MockHttpServletResponse r = mvc.perform(post("/teach/instructors").with(teacher).with(csrf()).param("username", c[0])
                    .param("password", c[1]).param("confirm", c[2])).andReturn().getResponse();
            assertThat(body(r)).as(c[3]).contains(c[3]);
        }
    }
}
