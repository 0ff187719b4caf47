package io.gopherscope.classroom;

import io.gopherscope.lesson.Exercise;
import io.gopherscope.lesson.ExerciseChecker;
import io.gopherscope.lesson.LessonCatalog;
import jakarta.servlet.http.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The application with its classroom database (a fresh one per Spring context, under target/) and
 * a movable clock, driven through MockMvc; helpers that act as an instructor or a student.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
abstract class ClassroomTestSupport {
    static final String LESSON = "unbuffered-channels";
    static final String PREDICT = "left-in-sendq";
    static final String SCHEDULE = "who-parks";

    @Autowired
    MockMvc mvc;
    @Autowired
    Instructors instructors;
    @Autowired
    LessonCatalog catalog;
    @Autowired
    ExerciseChecker checker;
    @Autowired
    TestClock clock;
    @Autowired
    CourseRepository courses;

    /** A new instructor account; the returned post-processor acts as that instructor. */
    RequestPostProcessor newInstructor() {
        String name = "t" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(instructors.create(name, "correct horse battery")).isPresent();
        return user(name).roles("INSTRUCTOR");
    }

    long createCourse(RequestPostProcessor teacher, String name) throws Exception {
        String location = mvc.perform(post("/teach/courses").with(teacher).with(csrf()).param("name", name))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/teach/courses/");
        return Long.parseLong(location.substring("/teach/courses/".length()));
    }

    String joinCode(long courseId) {
        return courses.findById(courseId).orElseThrow().joinCode();
    }

    static String local(Duration fromNow) {
        return LocalDateTime.now(ZoneId.systemDefault()).plus(fromNow).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    /** An assignment of the two test exercises, open an hour ago, due in a day. */
    void createAssignment(RequestPostProcessor teacher, long courseId, String title, String policy) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/teach/courses/" + courseId + "/assignments").with(teacher).with(csrf())
                        .param("title", title).param("opens", local(Duration.ofHours(-1)))
                        .param("due", local(Duration.ofDays(1))).param("latePolicy", policy).param("penalty", "25")
                        .param("points", "10")
                        .param("exercise", LESSON + "/" + PREDICT, LESSON + "/" + SCHEDULE))
                .andReturn().getResponse();
        assertThat(r.getRedirectedUrl()).as(r.getContentAsString()).isEqualTo("/teach/courses/" + courseId);
    }

    /** Joins as a student; returns the student cookie. */
    Cookie join(long courseId, String name, String number) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/join").with(csrf()).param("code", joinCode(courseId))
                .param("name", name).param("number", number)).andReturn().getResponse();
        assertThat(r.getRedirectedUrl()).isEqualTo("/my?joined");
        Cookie c = r.getCookie(StudentCookie.NAME);
        assertThat(c).isNotNull();
        return new Cookie(c.getName(), c.getValue());
    }

    Exercise exercise(String id) {
        return catalog.exercise(LESSON, id).orElseThrow();
    }

    MockHttpServletResponse submit(Cookie student, String exerciseId, String submission) throws Exception {
        return mvc.perform(post("/lessons/" + LESSON + "/exercises/" + exerciseId).cookie(student).with(csrf())
                .header("HX-Request", "true").param("submission", submission)).andReturn().getResponse();
    }
}
