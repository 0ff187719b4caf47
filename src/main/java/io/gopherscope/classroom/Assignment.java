package io.gopherscope.classroom;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Homework: a list of lesson exercises, open from {@code opensAt}, due at {@code dueAt}. After the
 * due date the late policy decides: late work is refused (not recorded), or recorded as late and
 * its points reduced by {@code latePenaltyPercent}.
 */
@Entity
@Table(name = "assignment")
class Assignment {

    enum LatePolicy { ACCEPT, REFUSE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @Column(nullable = false, length = 160)
    private String title;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "late_policy", nullable = false, length = 16)
    private LatePolicy latePolicy;

    @Column(name = "late_penalty_percent", nullable = false)
    private int latePenaltyPercent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assignment_exercise", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderColumn(name = "item_order")
    private List<ExerciseRef> exercises = new ArrayList<>();

    protected Assignment() {
    }

    Assignment(Long courseId, String title, Instant opensAt, Instant dueAt, LatePolicy latePolicy,
               int latePenaltyPercent, List<ExerciseRef> exercises, Instant createdAt) {
        this.courseId = courseId;
        this.title = title;
        this.opensAt = opensAt;
        this.dueAt = dueAt;
        this.latePolicy = latePolicy;
        this.latePenaltyPercent = latePenaltyPercent;
        this.exercises = new ArrayList<>(exercises);
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    Long courseId() {
        return courseId;
    }

    String title() {
        return title;
    }

    Instant opensAt() {
        return opensAt;
    }

    Instant dueAt() {
        return dueAt;
    }

    LatePolicy latePolicy() {
        return latePolicy;
    }

    int latePenaltyPercent() {
        return latePenaltyPercent;
    }

    List<ExerciseRef> exercises() {
        return List.copyOf(exercises);
    }

    boolean contains(String lessonId, String exerciseId) {
        return exercises.stream().anyMatch(e -> e.is(lessonId, exerciseId));
    }

    boolean isOpen(Instant now) {
        return !now.isBefore(opensAt);
    }

    boolean isLate(Instant at) {
        return at.isAfter(dueAt);
    }

    /** Whether work submitted at {@code at} counts: open, and on time or late work accepted. */
    boolean accepts(Instant at) {
        return isOpen(at) && (!isLate(at) || latePolicy == LatePolicy.ACCEPT);
    }

    /** The points a passed exercise earns, reduced by the penalty when it passed only late. */
    double points(ExerciseRef e, boolean late) {
        return late ? e.points() * (100 - latePenaltyPercent) / 100.0 : e.points();
    }
}
