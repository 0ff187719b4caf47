package io.gopherscope.classroom;

import io.gopherscope.lesson.Exercise;
import io.gopherscope.lesson.LessonCatalog;
import io.gopherscope.lesson.Verdict;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * When the database fails: a classroom page answers 503 with the "nothing was changed, try again"
 * page (a retry link for GETs), and a submission that cannot be stored is reported as FAILED,
 * never as recorded.
 */
class ClassroomErrorsTest {

    static final DataAccessResourceFailureException DOWN = new DataAccessResourceFailureException("connection refused");

    MockMvc joinPages(CourseRepository courses, StudentCookie cookie) {
        JoinController c = new JoinController(courses, mock(StudentRepository.class), mock(AttemptRepository.class), cookie,
                mock(Dashboard.class), mock(LessonCatalog.class), mock(Dates.class), Clock.systemUTC(), 20000);
        return MockMvcBuilders.standaloneSetup(c).setControllerAdvice(new ClassroomErrors()).build();
    }

    @Test
    void aDatabaseFailureOnAFormIs503WithoutRetryLink() throws Exception {
        CourseRepository courses = mock(CourseRepository.class);
        when(courses.findByJoinCode(anyString())).thenThrow(DOWN);
        joinPages(courses, mock(StudentCookie.class))
                .perform(post("/join").param("code", "ACDE-FGHJ").param("name", "Ann"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(view().name("classroom/unavailable"))
                .andExpect(model().attribute("retry", (Object) null));
    }

    @Test
    void aDatabaseFailureOnAPageIs503WithARetryLink() throws Exception {
        StudentCookie cookie = mock(StudentCookie.class);
        when(cookie.current(any())).thenThrow(DOWN);
        joinPages(mock(CourseRepository.class), cookie)
                .perform(get("/my").cookie(new Cookie(StudentCookie.NAME, "AAAAAAAAAAAAAAAAAAAAAA")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(view().name("classroom/unavailable"))
                .andExpect(model().attribute("retry", "/my"));
    }

    @Test
    void aSubmissionThatCannotBeStoredIsFailedNotRecorded() {
        StudentCookie cookie = mock(StudentCookie.class);
        Student ann = new Student(1L, "Ann", null, "hash", java.time.Instant.EPOCH);
        when(cookie.current(any())).thenReturn(Optional.of(ann));
        AssignmentRepository assignments = mock(AssignmentRepository.class);
        AttemptRepository attempts = mock(AttemptRepository.class);
        when(attempts.save(any())).thenThrow(DOWN);
        ClassroomAttempts recorder = new ClassroomAttempts(cookie, assignments, attempts, Clock.systemUTC());

        LessonCatalog catalog = io.gopherscope.lesson.LessonCatalog.loadClasspath(getClass().getClassLoader());
        io.gopherscope.lesson.Lesson lesson = catalog.lessons().getFirst();
        Exercise ex = lesson.exercises().getFirst();
        Assignment week = new Assignment(1L, "Week 1", java.time.Instant.EPOCH, java.time.Instant.now().plusSeconds(3600),
                Assignment.LatePolicy.ACCEPT, 0, List.of(new ExerciseRef(lesson.id(), ex.id(), 10)), java.time.Instant.EPOCH);
        when(assignments.findByCourseIdOrderByDueAtAscIdAsc(any())).thenReturn(List.of(week));

        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie(StudentCookie.NAME, "AAAAAAAAAAAAAAAAAAAAAA"));
        var receipt = recorder.record(request, lesson, ex, "42", new Verdict(true, List.of(), Map.of("en", "ok"), null, 1));
        assertThat(receipt.status()).isEqualTo(io.gopherscope.lesson.AttemptRecorder.Status.FAILED);
        assertThat(receipt.attemptId()).isNull();
        assertThat(receipt.note("en")).contains("could not be saved").contains("Check again");
    }
}
