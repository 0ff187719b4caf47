package io.gopherscope.classroom;

import io.gopherscope.lesson.LessonCatalog;
import org.springframework.ui.Model;

import java.util.List;

/** One attempt as its page shows it, to the instructor or to the student who made it. */
record AttemptView(Long id, String lessonId, String exerciseId, String kind, String submission, boolean passed,
                   boolean late, List<String> checksPassed, List<String> checksFailed, String feedback, String when,
                   String run, String replay) {

    static void fill(Model model, Attempt t, Dates dates, LessonCatalog catalog, long maxSteps) {
        model.addAttribute("attempt", new AttemptView(t.id(), t.lessonId(), t.exerciseId(), t.kind(), t.submission(),
                t.passed(), t.late(), lines(t.checksPassed()), lines(t.checksFailed()), t.feedback(),
                dates.show(t.submittedAt()), "Go " + t.goVersion() + " · seed " + t.seed() + " · GOMAXPROCS " + t.maxprocs(),
                ReplayLink.of(t, catalog, maxSteps).orElse(null)));
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }
}
