package io.gopherscope.lesson;

import java.util.List;
import java.util.Map;

/**
 * One exercise of a lesson, as {@code exercises.yaml} describes it.
 *
 * <ul>
 *   <li>predict: {@code program} is shown; the student answers; {@code answer} computes the truth.</li>
 *   <li>reach-state, fix-bug: the student edits {@code starter} (a Go program) until every check
 *       passes in every run of {@code runs}; {@code solution} is the reference.</li>
 *   <li>schedule: {@code program} is fixed; the student submits a {@link Schedule};
 *       {@code starter} and {@code solution} are schedules.</li>
 * </ul>
 *
 * @param program  the program of predict and schedule exercises; null otherwise
 * @param starter  what the student starts from (null for predict)
 * @param solution the reference solution (null for predict: the answer is computed)
 */
public record Exercise(String id, ExerciseKind kind, Map<String, String> prompt, Map<String, String> hint,
                       LessonFile program, LessonFile starter, LessonFile solution, RunPlan runs,
                       List<Check> checks, Answer answer, List<Distractor> distractors) {

    public Exercise {
        prompt = Map.copyOf(prompt);
        hint = Map.copyOf(hint);
        checks = List.copyOf(checks);
        distractors = List.copyOf(distractors);
    }

    public String prompt(String lang) {
        return Texts.pick(prompt, lang);
    }

    public String hint(String lang) {
        return Texts.pick(hint, lang);
    }

    /** The file the student sees first: the starter program, or the program to read. */
    public LessonFile shownProgram() {
        return kind.takesProgram() ? starter : program;
    }
}
