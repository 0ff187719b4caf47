package io.gopherscope.classroom;

import io.gopherscope.lesson.Exercise;
import io.gopherscope.lesson.Lesson;
import io.gopherscope.lesson.LessonCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Creating an assignment: a title, exercises chosen from the lessons, dates and a late policy. */
@Controller
class AssignmentController {
    static final String NEW = "/teach/courses/{courseId}/assignments/new";
    static final String CREATE = "/teach/courses/{courseId}/assignments";

    private final CourseAccess access;
    private final AssignmentRepository assignments;
    private final LessonCatalog catalog;
    private final Dates dates;
    private final Clock clock;

    AssignmentController(CourseAccess access, AssignmentRepository assignments, LessonCatalog catalog, Dates dates,
                         Clock clock) {
        this.access = access;
        this.assignments = assignments;
        this.catalog = catalog;
        this.dates = dates;
        this.clock = clock;
    }

    /** What the form sends; {@code exercise} values are {@code lesson/exercise}. */
    record Form(String title, String opens, String due, String latePolicy, Integer penalty, Integer points,
                List<String> exercise) {
        Form {
            title = title == null ? "" : title;
            latePolicy = "refuse".equals(latePolicy) ? "refuse" : "accept";
            penalty = penalty == null ? 20 : penalty;
            points = points == null ? 10 : points;
            exercise = exercise == null ? List.of() : exercise;
        }
    }

    record Choice(String value, String exerciseId, String kind, boolean checked) {}

    record LessonChoices(String id, String title, List<Choice> exercises) {}

    @GetMapping(NEW)
    String form(@PathVariable Long courseId, Principal me, Model model, Locale locale) {
        Course c = access.own(courseId, me);
        Instant now = clock.instant();
        Form f = new Form("", dates.input(now), dates.input(now.plus(Duration.ofDays(7))), "accept", 20, 10, List.of());
        return show(c, f, null, model, locale);
    }

    @PostMapping(CREATE)
    String create(@PathVariable Long courseId, @ModelAttribute("form") Form form, BindingResult errors, Principal me, Model model, Locale locale) {
        Course c = access.own(courseId, me);
        String title = Limits.clean(form.title());
        Instant opens = dates.parse(form.opens());
        Instant due = dates.parse(form.due());
        List<ExerciseRef> chosen = new ArrayList<>();
        for (String v : new LinkedHashSet<>(form.exercise())) {
            String[] parts = v.split("/", 2);
            if (parts.length == 2 && catalog.exercise(parts[0], parts[1]).isPresent()) {
                chosen.add(new ExerciseRef(parts[0], parts[1], form.points()));
            }
        }
        String problem = null;
        if (errors.hasErrors()) {
            problem = "classroom.assignment.numbers";
        } else if (title.isEmpty() || Limits.tooLong(title, Limits.TITLE)) {
            problem = "classroom.assignment.titleLength";
        } else if (opens == null || due == null) {
            problem = "classroom.assignment.dates";
        } else if (!due.isAfter(opens)) {
            problem = "classroom.assignment.dueBeforeOpen";
        } else if (chosen.isEmpty() || chosen.size() > Limits.MAX_EXERCISES) {
            problem = "classroom.assignment.exercises";
        } else if (form.penalty() < 0 || form.penalty() > 100) {
            problem = "classroom.assignment.penalty";
        } else if (form.points() < 1 || form.points() > Limits.MAX_POINTS) {
            problem = "classroom.assignment.points";
        }
        if (problem != null) {
            return show(c, form, problem, model, locale);
        }
        Assignment.LatePolicy policy = "refuse".equals(form.latePolicy()) ? Assignment.LatePolicy.REFUSE
                : Assignment.LatePolicy.ACCEPT;
        assignments.save(new Assignment(c.id(), title, opens, due, policy, form.penalty(), chosen, clock.instant()));
        return "redirect:/teach/courses/" + c.id();
    }

    private String show(Course c, Form f, String problem, Model model, Locale locale) {
        String lang = locale != null && "zh".equals(locale.getLanguage()) ? "zh" : "en";
        List<LessonChoices> lessons = new ArrayList<>();
        for (Lesson l : catalog.lessons()) {
            List<Choice> choices = new ArrayList<>();
            for (Exercise e : l.exercises()) {
                String value = l.id() + "/" + e.id();
                choices.add(new Choice(value, e.id(), e.kind().yamlName(), f.exercise().contains(value)));
            }
            lessons.add(new LessonChoices(l.id(), l.text(lang).title(), choices));
        }
        model.addAttribute("courseId", c.id());
        model.addAttribute("courseName", c.name());
        model.addAttribute("form", f);
        model.addAttribute("lessons", lessons);
        model.addAttribute("problem", problem);
        model.addAttribute("zone", dates.zoneId());
        model.addAttribute("maxTitle", Limits.TITLE);
        return "classroom/assignment-form";
    }
}
