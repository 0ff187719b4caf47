package io.gopherscope.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A student's standing on one exercise of one assignment, from the attempts recorded for it.
 * Time spent is measured from the first to the last attempt of the exercise (so one attempt
 * counts as no time): the server sees submissions, not reading or thinking.
 */
final class Progress {

    enum Status {
        NOT_STARTED, ATTEMPTED, PASSED, PASSED_LATE;

        String css() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** @param points earned: the exercise's points, less the late penalty when it passed only late */
    /** @param latest the id of the latest attempt, or null */
    record Cell(Status status, int attempts, Duration spent, double points, Long latest) {
        static final Cell EMPTY = new Cell(Status.NOT_STARTED, 0, Duration.ZERO, 0, null);
    }

    private record Key(Long studentId, Long assignmentId, String lessonId, String exerciseId) {}

    private record Acc(int attempts, boolean onTime, boolean late, Instant first, Instant last, Long latest) {
        Acc add(AttemptRow r) {
            Instant t = r.submittedAt();
            boolean newest = last == null || !t.isBefore(last) && (latest == null || r.id() > latest);
            return new Acc(attempts + 1, onTime || r.passed() && !r.late(), late || r.passed() && r.late(),
                    first == null || t.isBefore(first) ? t : first, last == null || t.isAfter(last) ? t : last,
                    newest ? r.id() : latest);
        }
    }

    private final Map<Key, Acc> cells = new HashMap<>();

    Progress(List<AttemptRow> rows) {
        for (AttemptRow r : rows) {
            cells.merge(new Key(r.studentId(), r.assignmentId(), r.lessonId(), r.exerciseId()),
                    new Acc(0, false, false, null, null, null).add(r), (a, b) -> a.add(r));
        }
    }

    Cell cell(Long studentId, Assignment a, ExerciseRef e) {
        Acc acc = cells.get(new Key(studentId, a.id(), e.lessonId(), e.exerciseId()));
        if (acc == null) {
            return Cell.EMPTY;
        }
        Status s = acc.onTime() ? Status.PASSED : acc.late() ? Status.PASSED_LATE : Status.ATTEMPTED;
        double points = s == Status.PASSED ? a.points(e, false) : s == Status.PASSED_LATE ? a.points(e, true) : 0;
        return new Cell(s, acc.attempts(), Duration.between(acc.first(), acc.last()), points, acc.latest());
    }
}
