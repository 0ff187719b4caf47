package io.gopherscope.classroom;

import io.gopherscope.lesson.LessonCatalog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The student side: joining a course with its code and a display name, the personal resume link
 * that restores the cookie in any browser, the student's page with the open assignments and their
 * standing, and the student's own attempts. The cookie is the only key: nothing here takes a
 * student id from the request, so no student can reach another's work.
 */
@Controller
class JoinController {
    static final String JOIN = "/join";
    static final String RESUME = "/s/{token}";
    static final String MY = "/my";
    static final String MY_ATTEMPT = "/my/attempts/{attemptId}";
    static final String LEAVE = "/my/leave";

    private final CourseRepository courses;
    private final StudentRepository students;
    private final AttemptRepository attempts;
    private final StudentCookie cookie;
    private final Dashboard dashboard;
    private final LessonCatalog catalog;
    private final Dates dates;
    private final long playMaxSteps;
    private final Clock clock;

    JoinController(CourseRepository courses, StudentRepository students, AttemptRepository attempts, StudentCookie cookie,
                   Dashboard dashboard, LessonCatalog catalog, Dates dates, Clock clock,
            @Value("${gopherscope.play.max-steps:20000}") long playMaxSteps) {
        this.playMaxSteps = playMaxSteps;
        this.courses = courses;
        this.students = students;
        this.attempts = attempts;
        this.cookie = cookie;
        this.dashboard = dashboard;
        this.catalog = catalog;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping(JOIN)
    String joinForm(@RequestParam(defaultValue = "") String code, Model model) {
        model.addAttribute("code", code.length() > 20 ? "" : code);
        model.addAttribute("maxName", Limits.DISPLAY_NAME);
        model.addAttribute("maxNumber", Limits.STUDENT_NUMBER);
        return "classroom/join";
    }

    @PostMapping(JOIN)
    String join(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
                @RequestParam(defaultValue = "") String number, Model model, HttpServletRequest request,
                HttpServletResponse response) {
        String n = Limits.clean(name);
        String id = Limits.clean(number);
        String normalized = Tokens.normalizeCode(code);
        Optional<Course> course = normalized == null ? Optional.empty() : courses.findByJoinCode(normalized);
        String problem = null;
        if (course.isEmpty()) {
            problem = "classroom.join.noCourse";
        } else if (n.isEmpty() || Limits.tooLong(n, Limits.DISPLAY_NAME)) {
            problem = "classroom.join.nameLength";
        } else if (Limits.tooLong(id, Limits.STUDENT_NUMBER)) {
            problem = "classroom.join.numberLength";
        }
        if (problem != null) {
            model.addAttribute("problem", problem);
            model.addAttribute("name", n.length() > 200 ? n.substring(0, 200) : n);
            model.addAttribute("number", id.length() > 200 ? id.substring(0, 200) : id);
            joinForm(code, model);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "classroom/join";
        }
        String token = Tokens.studentToken();
        students.save(new Student(course.get().id(), n, id.isEmpty() ? null : id, Tokens.hash(token), clock.instant()));
        StudentCookie.set(request, response, token);
        return "redirect:" + MY + "?joined";
    }

    @GetMapping(RESUME)
    String resume(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        if (cookie.byToken(token).isEmpty()) {
            throw CourseAccess.notFound();
        }
        StudentCookie.set(request, response, token);
        return "redirect:" + MY;
    }

    @GetMapping(MY)
    String my(HttpServletRequest request, Model model, Locale locale) {
        Optional<Student> me = cookie.current(request);
        if (me.isEmpty()) {
            return "redirect:" + JOIN;
        }
        Student s = me.get();
        Course c = courses.findById(s.courseId()).orElseThrow(CourseAccess::notFound);
        model.addAttribute("student", s.displayName());
        model.addAttribute("studentNumber", s.studentNumber());
        model.addAttribute("courseName", c.name());
        model.addAttribute("resumeUrl", ServletUriComponentsBuilder.fromContextPath(request).path("/s/")
                .path(StudentCookie.token(request).orElseThrow()).toUriString());
        model.addAttribute("assignments", dashboard.forStudent(s, locale));
        model.addAttribute("attemptCount", attempts.countByStudentId(s.id()));
        return "classroom/my";
    }

    @GetMapping(MY_ATTEMPT)
    String myAttempt(@PathVariable Long attemptId, HttpServletRequest request, Model model) {
        Student s = cookie.current(request).orElseThrow(CourseAccess::notFound);
        Attempt t = attempts.findById(attemptId).filter(a -> a.studentId().equals(s.id()))
                .orElseThrow(CourseAccess::notFound);
        model.addAttribute("student", s.displayName());
        AttemptView.fill(model, t, dates, catalog, playMaxSteps);
        return "classroom/my-attempt";
    }

    @PostMapping(LEAVE)
    String leave(HttpServletRequest request, HttpServletResponse response) {
        StudentCookie.clear(request, response);
        return "redirect:" + JOIN;
    }
}
