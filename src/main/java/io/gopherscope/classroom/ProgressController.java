package io.gopherscope.classroom;

import io.gopherscope.lesson.LessonCatalog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

/**
 * Progress for the instructor: the attempts behind one cell of the grid, one attempt with its
 * replay link, and the grade export. Every lookup goes through the instructor's own course, and
 * the student, assignment or attempt must belong to it: anything else is 404.
 */
@Controller
class ProgressController {
    static final String CELL = "/teach/courses/{courseId}/assignments/{assignmentId}/students/{studentId}/exercises/{lessonId}/{exerciseId}";
    static final String ATTEMPT = "/teach/courses/{courseId}/attempts/{attemptId}";
    static final String CSV = "/teach/courses/{courseId}/grades.csv";

    private final CourseAccess access;
    private final AssignmentRepository assignments;
    private final StudentRepository students;
    private final AttemptRepository attempts;
    private final Dashboard dashboard;
    private final LessonCatalog catalog;
    private final Dates dates;
    private final long playMaxSteps;

    ProgressController(CourseAccess access, AssignmentRepository assignments, StudentRepository students,
                       AttemptRepository attempts, Dashboard dashboard, LessonCatalog catalog, Dates dates,
            @Value("${gopherscope.play.max-steps:20000}") long playMaxSteps) {
        this.playMaxSteps = playMaxSteps;
        this.access = access;
        this.assignments = assignments;
        this.students = students;
        this.attempts = attempts;
        this.dashboard = dashboard;
        this.catalog = catalog;
        this.dates = dates;
    }

    record AttemptItem(Long id, String when, boolean passed, boolean late, String url) {}

    @GetMapping(CELL)
    String cell(@PathVariable Long courseId, @PathVariable Long assignmentId, @PathVariable Long studentId,
                @PathVariable String lessonId, @PathVariable String exerciseId, Principal me, Model model,
                @RequestHeader(name = "HX-Request", required = false) String htmx) {
        Course c = access.own(courseId, me);
        Assignment a = assignments.findByIdAndCourseId(assignmentId, c.id()).orElseThrow(CourseAccess::notFound);
        Student s = students.findByIdAndCourseId(studentId, c.id()).orElseThrow(CourseAccess::notFound);
        if (!a.contains(lessonId, exerciseId)) {
            throw CourseAccess.notFound();
        }
        List<AttemptItem> list = attempts
                .findByStudentIdAndAssignmentIdAndLessonIdAndExerciseIdOrderBySubmittedAtDescIdDesc(s.id(), a.id(), lessonId, exerciseId)
                .stream().map(t -> new AttemptItem(t.id(), dates.show(t.submittedAt()), t.passed(), t.late(),
                        "/teach/courses/" + c.id() + "/attempts/" + t.id())).toList();
        model.addAttribute("courseId", c.id());
        model.addAttribute("courseName", c.name());
        model.addAttribute("assignmentTitle", a.title());
        model.addAttribute("studentName", s.displayName());
        model.addAttribute("exercise", lessonId + "/" + exerciseId);
        model.addAttribute("attempts", list);
        return htmx != null ? "classroom/attempts :: list" : "classroom/attempts";
    }

    @GetMapping(ATTEMPT)
    String attempt(@PathVariable Long courseId, @PathVariable Long attemptId, Principal me, Model model) {
        Course c = access.own(courseId, me);
        Attempt t = attempts.findById(attemptId).orElseThrow(CourseAccess::notFound);
        Student s = students.findByIdAndCourseId(t.studentId(), c.id()).orElseThrow(CourseAccess::notFound);
        model.addAttribute("courseId", c.id());
        model.addAttribute("courseName", c.name());
        model.addAttribute("studentName", s.displayName());
        AttemptView.fill(model, t, dates, catalog, playMaxSteps);
        return "classroom/attempt";
    }

    @GetMapping(CSV)
    ResponseEntity<byte[]> csv(@PathVariable Long courseId, Principal me, Locale locale) {
        Course c = access.own(courseId, me);
        Dashboard.Grid grid = dashboard.grid(c, locale);
        byte[] body = GradesCsv.write(grid.assignments(), grid.students()).getBytes(StandardCharsets.UTF_8);
        String file = "grades-" + c.name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
