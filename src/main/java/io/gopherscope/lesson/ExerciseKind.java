package io.gopherscope.lesson;

/**
 * What the student does in an exercise. The names are the ones lesson files use
 * ({@code kind: predict}).
 */
public enum ExerciseKind {
    /** Answer a question about a program before running it; the engine computes the answer. */
    PREDICT("predict"),
    /** Change a program so that, at some step, the runtime is in a described state. */
    REACH_STATE("reach-state"),
    /** Make a program stop deadlocking, racing or aliasing; checked over several runs. */
    FIX_BUG("fix-bug"),
    /** Drive a fixed program into an outcome by choosing which goroutine runs next. */
    SCHEDULE("schedule");

    private final String yamlName;

    ExerciseKind(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The spelling used in {@code exercises.yaml}. */
    public String yamlName() {
        return yamlName;
    }

    /** The student submits a Go program (as opposed to an answer or a schedule). */
    public boolean takesProgram() {
        return this == REACH_STATE || this == FIX_BUG;
    }

    static ExerciseKind parse(String s) {
        for (ExerciseKind k : values()) {
            if (k.yamlName.equals(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + s + "' (use predict, reach-state, fix-bug or schedule)");
    }
}
