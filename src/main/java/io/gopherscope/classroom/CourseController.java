package io.gopherscope.classroom;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The instructor's courses: the list, creating one, its dashboard, and replacing its join code. */
@Controller
class CourseController {
    static final String TEACH = "/teach";
    static final String COURSES = "/teach/courses";
    static final String COURSE = "/teach/courses/{courseId}";
    static final String JOIN_CODE = "/teach/courses/{courseId}/join-code";

    private final CourseAccess access;
    private final CourseRepository courses;
    private final Dashboard dashboard;
    private final Clock clock;

    CourseController(CourseAccess access, CourseRepository courses, Dashboard dashboard, Clock clock) {
        this.access = access;
        this.courses = courses;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    record CourseItem(Long id, String name, String code) {}

    @GetMapping(TEACH)
    String home(Principal me, Model model) {
        Instructor i = access.me(me);
        List<CourseItem> list = courses.findByInstructorIdOrderByCreatedAtDesc(i.id()).stream()
                .map(c -> new CourseItem(c.id(), c.name(), Tokens.displayCode(c.joinCode()))).toList();
        model.addAttribute("me", i.username());
        model.addAttribute("courses", list);
        model.addAttribute("maxName", Limits.COURSE_NAME);
        return "classroom/teach";
    }

    @PostMapping(COURSES)
    String create(@RequestParam(defaultValue = "") String name, Principal me, Model model) {
        String n = Limits.clean(name);
        if (n.isEmpty() || Limits.tooLong(n, Limits.COURSE_NAME)) {
            model.addAttribute("problem", "classroom.course.nameLength");
            model.addAttribute("name", n.length() > 500 ? n.substring(0, 500) : n);
            return home(me, model);
        }
        Instructor i = access.me(me);
        Course c = saveWithFreshCode(new Course(i.id(), n, Tokens.joinCode(), clock.instant()));
        return "redirect:" + COURSES + "/" + c.id();
    }

    @GetMapping(COURSE)
    String course(@PathVariable Long courseId, Principal me, Model model, HttpServletRequest request, Locale locale) {
        Course c = access.own(courseId, me);
        model.addAttribute("course", dashboard.course(c, request));
        Dashboard.Grid grid = dashboard.grid(c, locale);
        model.addAttribute("assignments", grid.assignments());
        model.addAttribute("studentCount", grid.students().size());
        return "classroom/course";
    }

    @PostMapping(JOIN_CODE)
    String rotate(@PathVariable Long courseId, Principal me) {
        Course c = access.own(courseId, me);
        c.joinCode(Tokens.joinCode());
        saveWithFreshCode(c);
        return "redirect:" + COURSES + "/" + c.id();
    }

    /** Saves, drawing another code in the rare case the random one is taken. */
    private Course saveWithFreshCode(Course c) {
        for (int tries = 0; ; tries++) {
            try {
                if (!courses.existsByJoinCode(c.joinCode())) {
                    return courses.save(c);
                }
            } catch (DataIntegrityViolationException e) {
                if (tries >= 5) {
                    throw e;
                }
            }
            if (tries >= 5) {
                throw new IllegalStateException("no free join code after 6 draws");
            }
            c.joinCode(Tokens.joinCode());
        }
    }
}
