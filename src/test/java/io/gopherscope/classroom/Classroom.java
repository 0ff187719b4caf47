package io.gopherscope.classroom;

import io.gopherscope.lesson.Exercise;
import io.gopherscope.lesson.ExerciseChecker;
import io.gopherscope.lesson.ExerciseKind;

/** Right and wrong submissions for any exercise, from the lesson's own data (as the lesson browser test does). */
public final class Classroom {
    private Classroom() {
    }

    public static String right(Exercise ex, ExerciseChecker checker) {
        if (ex.kind() == ExerciseKind.PREDICT) {
            return checker.computeAnswer(ex).value();
        }
        return ex.solution().text();
    }

    public static String wrong(Exercise ex) {
        if (ex.kind() == ExerciseKind.PREDICT) {
            return ex.distractors().isEmpty() ? "no idea" : ex.distractors().get(0).answer();
        }
        return ex.starter().text();
    }
}
