package io.gopherscope.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One exercise of an assignment: a lesson's exercise by id, and what passing it is worth. */
@Embeddable
class ExerciseRef {

    @Column(name = "lesson_id", nullable = false, length = 100)
    private String lessonId;

    @Column(name = "exercise_id", nullable = false, length = 100)
    private String exerciseId;

    @Column(nullable = false)
    private int points;

    protected ExerciseRef() {
    }

    ExerciseRef(String lessonId, String exerciseId, int points) {
        this.lessonId = lessonId;
        this.exerciseId = exerciseId;
        this.points = points;
    }

    String lessonId() {
        return lessonId;
    }

    String exerciseId() {
        return exerciseId;
    }

    int points() {
        return points;
    }

    boolean is(String lesson, String exercise) {
        return lessonId.equals(lesson) && exerciseId.equals(exercise);
    }

    /** {@code lesson/exercise}, as the pages and the CSV name it. */
    String key() {
        return lessonId + "/" + exerciseId;
    }
}
