package io.gopherscope.classroom;

import io.gopherscope.engine.RunConfig;
import io.gopherscope.lesson.AttemptRecorder;
import io.gopherscope.lesson.Check;
import io.gopherscope.lesson.CheckOutcome;
import io.gopherscope.lesson.Exercise;
import io.gopherscope.lesson.Lesson;
import io.gopherscope.lesson.Verdict;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records a graded lesson submission as an attempt when the browser belongs to an enrolled
 * student and an assignment of the student's course holds the exercise and accepts work now.
 * The attempt is committed before the verdict goes back, so an acknowledged attempt is stored.
 *
 * <p>Which assignment: among the course's open assignments holding the exercise, the one due
 * soonest that is not yet due; if all are past due, the latest-due one that accepts late work
 * (the attempt is then late); if none accepts, nothing is recorded and the student is told.
 */
@Component
class ClassroomAttempts implements AttemptRecorder {

    private static final Logger log = LoggerFactory.getLogger(ClassroomAttempts.class);
    private static final int TEXT_LIMIT = 4000;

    private final StudentCookie cookie;
    private final AssignmentRepository assignments;
    private final AttemptRepository attempts;
    private final Clock clock;

    ClassroomAttempts(StudentCookie cookie, AssignmentRepository assignments, AttemptRepository attempts, Clock clock) {
        this.cookie = cookie;
        this.assignments = assignments;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    public Receipt record(HttpServletRequest request, Lesson lesson, Exercise exercise, String submission, Verdict verdict) {
        if (StudentCookie.token(request).isEmpty()) {
            return Receipt.NONE;
        }
        try {
            Optional<Student> student = cookie.current(request);
            if (student.isEmpty()) {
                return Receipt.NONE;
            }
            Instant now = clock.instant();
            List<Assignment> holding = assignments.findByCourseIdOrderByDueAtAscIdAsc(student.get().courseId()).stream()
                    .filter(a -> a.isOpen(now) && a.contains(lesson.id(), exercise.id())).toList();
            if (holding.isEmpty()) {
                return new Receipt(Status.NONE, Map.of("en", "Practice only: this exercise is in none of your open assignments.",
                        "zh", "仅为练习：这道练习不在你当前开放的作业中，不会被记录。"), null);
            }
            Optional<Assignment> target = holding.stream().filter(a -> !a.isLate(now)).findFirst()
                    .or(() -> holding.stream().filter(a -> a.accepts(now)).max(Comparator.comparing(Assignment::dueAt)));
            if (target.isEmpty()) {
                String title = holding.getLast().title();
                return new Receipt(Status.REFUSED, Map.of(
                        "en", "Not recorded: the due date of “" + title + "” has passed and it does not accept late work.",
                        "zh", "未记录：“" + title + "”已过截止时间，且不接受迟交。"), null);
            }
            Assignment a = target.get();
            boolean late = a.isLate(now);
            Attempt saved = attempts.save(attempt(student.get(), a, lesson, exercise, submission, verdict, late, now));
            String title = a.title();
            return new Receipt(Status.RECORDED, late
                    ? Map.of("en", "Recorded (late) for “" + title + "”.", "zh", "已记录（迟交）：“" + title + "”。")
                    : Map.of("en", "Recorded for “" + title + "”.", "zh", "已记录：“" + title + "”。"), saved.id());
        } catch (DataAccessException e) {
            log.error("Could not record an attempt of {}/{}", lesson.id(), exercise.id(), e);
            return new Receipt(Status.FAILED, Map.of(
                    "en", "Your work was checked, but it could not be saved: the database did not answer. Please press Check again.",
                    "zh", "你的答案已检查，但未能保存：数据库没有响应。请再按一次“检查”。"), null);
        }
    }

    private static Attempt attempt(Student s, Assignment a, Lesson lesson, Exercise ex, String submission, Verdict v,
                                   boolean late, Instant now) {
        Set<String> failed = v.failures().stream().map(o -> o.check().name()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        List<String> passedChecks = v.failures().isEmpty() && !v.passed() ? List.of()
                : ex.checks().stream().map(Check::name).filter(n -> !failed.contains(n)).toList();
        RunConfig run = v.failures().stream().map(CheckOutcome::config).filter(c -> c != null).findFirst()
                .orElseGet(() -> ex.runs().first("prog.go", ""));
        return new Attempt(s.id(), a.id(), lesson.id(), ex.id(), ex.kind().yamlName(), submission, v.passed(),
                cut(String.join("\n", passedChecks), TEXT_LIMIT), cut(String.join("\n", failed), TEXT_LIMIT),
                cut(v.message("en"), 2 * TEXT_LIMIT), run.goVersion(), run.seed(), run.maxProcs(), v.runs(), late, now);
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
