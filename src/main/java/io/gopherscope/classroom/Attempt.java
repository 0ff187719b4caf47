package io.gopherscope.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One graded submission of a student, recorded for the assignment it counts towards: what was
 * submitted (program, answer or schedule, as {@code kind} says), the verdict, the checks that
 * passed and failed, the run to replay it with (Go version, seed, GOMAXPROCS: the failing run, or
 * the exercise's first run when it passed), and whether it came after the due date.
 */
@Entity
@Table(name = "attempt")
class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "assignment_id", nullable = false)
    private Long assignmentId;

    @Column(name = "lesson_id", nullable = false, length = 100)
    private String lessonId;

    @Column(name = "exercise_id", nullable = false, length = 100)
    private String exerciseId;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(nullable = false, length = 262144)
    private String submission;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "checks_passed", nullable = false, length = 4000)
    private String checksPassed;

    @Column(name = "checks_failed", nullable = false, length = 4000)
    private String checksFailed;

    @Column(nullable = false, length = 8000)
    private String feedback;

    @Column(name = "go_version", nullable = false, length = 8)
    private String goVersion;

    @Column(nullable = false)
    private long seed;

    @Column(nullable = false)
    private int maxprocs;

    @Column(nullable = false)
    private int runs;

    @Column(nullable = false)
    private boolean late;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected Attempt() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    Attempt(Long studentId, Long assignmentId, String lessonId, String exerciseId, String kind, String submission,
            boolean passed, String checksPassed, String checksFailed, String feedback, String goVersion, long seed,
            int maxprocs, int runs, boolean late, Instant submittedAt) {
        this.studentId = studentId;
        this.assignmentId = assignmentId;
        this.lessonId = lessonId;
        this.exerciseId = exerciseId;
        this.kind = kind;
        this.submission = submission;
        this.passed = passed;
        this.checksPassed = checksPassed;
        this.checksFailed = checksFailed;
        this.feedback = feedback;
        this.goVersion = goVersion;
        this.seed = seed;
        this.maxprocs = maxprocs;
        this.runs = runs;
        this.late = late;
        this.submittedAt = submittedAt;
    }

    Long id() {
        return id;
    }

    Long studentId() {
        return studentId;
    }

    Long assignmentId() {
        return assignmentId;
    }

    String lessonId() {
        return lessonId;
    }

    String exerciseId() {
        return exerciseId;
    }

    String kind() {
        return kind;
    }

    String submission() {
        return submission;
    }

    boolean passed() {
        return passed;
    }

    String checksPassed() {
        return checksPassed;
    }

    String checksFailed() {
        return checksFailed;
    }

    String feedback() {
        return feedback;
    }

    String goVersion() {
        return goVersion;
    }

    long seed() {
        return seed;
    }

    int maxprocs() {
        return maxprocs;
    }

    int runs() {
        return runs;
    }

    boolean late() {
        return late;
    }

    Instant submittedAt() {
        return submittedAt;
    }
}
