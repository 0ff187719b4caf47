package io.gopherscope.classroom;

import io.gopherscope.lesson.Lesson;
import io.gopherscope.lesson.LessonCatalog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** View models of the course dashboard and the student's page: assignments and progress grids. */
@Component
class Dashboard {

    record CourseView(Long id, String name, String code, String joinUrl, int students) {}

    record Column(String lessonId, String exerciseId, String lessonTitle, int points, boolean missing) {}

    /** @param latest the page of the latest attempt, or null */
    record CellView(String status, String statusKey, int attempts, String spent, String points, String url, String latest) {}

    record Row(Long studentId, String name, String number, List<CellView> cells, String total) {}

    record AssignmentView(Long id, String title, String opens, String due, boolean open, boolean pastDue,
                          boolean acceptsLate, int penalty, List<Column> columns, List<Row> rows, int maxPoints) {}

    private final AssignmentRepository assignments;
    private final StudentRepository students;
    private final AttemptRepository attempts;
    private final LessonCatalog catalog;
    private final Dates dates;
    private final Clock clock;

    Dashboard(AssignmentRepository assignments, StudentRepository students, AttemptRepository attempts,
              LessonCatalog catalog, Dates dates, Clock clock) {
        this.assignments = assignments;
        this.students = students;
        this.attempts = attempts;
        this.catalog = catalog;
        this.dates = dates;
        this.clock = clock;
    }

    CourseView course(Course c, HttpServletRequest request) {
        String joinUrl = ServletUriComponentsBuilder.fromContextPath(request).path(JoinController.JOIN)
                .queryParam("code", Tokens.displayCode(c.joinCode())).toUriString();
        return new CourseView(c.id(), c.name(), Tokens.displayCode(c.joinCode()), joinUrl,
                students.findByCourseIdOrderByDisplayNameAscIdAsc(c.id()).size());
    }

    /** The course's students and every assignment with its grid of them, rows in the order of {@code students}. */
    record Grid(List<Student> students, List<AssignmentView> assignments) {}

    Grid grid(Course c, Locale locale) {
        List<Assignment> list = assignments.findByCourseIdOrderByDueAtAscIdAsc(c.id());
        List<Student> all = students.findByCourseIdOrderByDisplayNameAscIdAsc(c.id());
        Progress progress = new Progress(list.isEmpty() ? List.of() : attempts.rows(list.stream().map(Assignment::id).toList()));
        List<AssignmentView> out = new ArrayList<>();
        for (Assignment a : list) {
            out.add(view(a, all, progress, locale, new Links() {
                public String cell(Student s, ExerciseRef e) {
                    return "/teach/courses/" + c.id() + "/assignments/" + a.id() + "/students/" + s.id() + "/exercises/"
                            + e.lessonId() + "/" + e.exerciseId();
                }

                public String attempt(Long id) {
                    return "/teach/courses/" + c.id() + "/attempts/" + id;
                }
            }));
        }
        return new Grid(all, out);
    }

    /** The assignments of the student's course as the student sees them: open ones, own row only. */
    List<AssignmentView> forStudent(Student s, Locale locale) {
        List<Assignment> list = assignments.findByCourseIdOrderByDueAtAscIdAsc(s.courseId()).stream()
                .filter(a -> a.isOpen(clock.instant())).toList();
        Progress progress = new Progress(attempts.rowsOfStudent(s.id()));
        List<AssignmentView> out = new ArrayList<>();
        for (Assignment a : list) {
            out.add(view(a, List.of(s), progress, locale, new Links() {
                public String cell(Student st, ExerciseRef e) {
                    return "/lessons/" + e.lessonId() + "#exercise-" + e.exerciseId();
                }

                public String attempt(Long id) {
                    return "/my/attempts/" + id;
                }
            }));
        }
        return out;
    }

    /** Where a cell and an attempt link to: the instructor's pages, or the student's. */
    interface Links {
        String cell(Student s, ExerciseRef e);

        String attempt(Long id);
    }

    private AssignmentView view(Assignment a, List<Student> people, Progress progress, Locale locale, Links links) {
        String lang = locale != null && "zh".equals(locale.getLanguage()) ? "zh" : "en";
        List<Column> columns = a.exercises().stream().map(e -> column(e, lang)).toList();
        List<Row> rows = new ArrayList<>();
        for (Student s : people) {
            List<CellView> cells = new ArrayList<>();
            double total = 0;
            for (ExerciseRef e : a.exercises()) {
                Progress.Cell cell = progress.cell(s.id(), a, e);
                total += cell.points();
                cells.add(new CellView(cell.status().css(), "classroom.status." + cell.status().css(), cell.attempts(),
                        Dates.duration(cell.spent()), GradesCsv.number(cell.points()), links.cell(s, e),
                        cell.latest() == null ? null : links.attempt(cell.latest())));
            }
            rows.add(new Row(s.id(), s.displayName(), s.studentNumber(), cells, GradesCsv.number(total)));
        }
        int max = a.exercises().stream().mapToInt(ExerciseRef::points).sum();
        var now = clock.instant();
        return new AssignmentView(a.id(), a.title(), dates.show(a.opensAt()), dates.show(a.dueAt()), a.isOpen(now),
                a.isLate(now), a.latePolicy() == Assignment.LatePolicy.ACCEPT, a.latePenaltyPercent(), columns, rows, max);
    }

    private Column column(ExerciseRef e, String lang) {
        Lesson l = catalog.find(e.lessonId()).orElse(null);
        boolean missing = l == null || l.exercise(e.exerciseId()).isEmpty();
        return new Column(e.lessonId(), e.exerciseId(), l == null ? e.lessonId() : l.text(lang).title(), e.points(), missing);
    }
}
