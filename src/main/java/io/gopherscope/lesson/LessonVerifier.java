package io.gopherscope.lesson;

import io.gopherscope.engine.RunConfig;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code lessons check} does for one lesson: the format loads, both languages are there,
 * every example compiles and finishes (printing its {@code // Output:} and meeting its claims),
 * every sandbox opens at a real step, every reference solution passes, every starter fails,
 * and every prediction's answer can be computed and differs from its distractors.
 */
public final class LessonVerifier {
    /** Languages every lesson must have. */
    public static final List<String> LANGUAGES = List.of("en", "zh");
    static final int MIN_EXERCISES = 3;
    static final int MIN_KINDS = 2;

    private final ExerciseChecker checker = new ExerciseChecker();

    /** The outcome for one lesson folder. */
    public record Report(String folder, String title, List<String> problems, int examples, int exercises,
                         String kinds, long millis) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Verifies every folder in turn. */
    public List<Report> verifyAll(List<LessonFolder> folders) {
        return folders.stream().map(this::verify).toList();
    }

    /** Lesson orders must be unique; one message per clash (front matter only, so cheap). */
    public List<String> duplicateOrders(List<LessonFolder> folders) {
        List<String> out = new ArrayList<>();
        Map<Integer, String> orders = new HashMap<>();
        for (LessonFolder f : folders) {
            try {
                int order = LessonLoader.load(f).order();
                String other = orders.putIfAbsent(order, f.name());
                if (other != null) {
                    out.add(f.name() + ": order " + order + " is also used by " + other);
                }
            } catch (LessonFormatException e) {
                // reported by verify
            }
        }
        return out;
    }

    public Report verify(LessonFolder folder) {
        long t0 = System.currentTimeMillis();
        Lesson lesson;
        try {
            lesson = LessonLoader.load(folder);
        } catch (LessonFormatException e) {
            return new Report(folder.name(), "", List.of(e.getMessage()), 0, 0, "", System.currentTimeMillis() - t0);
        }
        List<String> problems = new ArrayList<>();
        texts(lesson, problems);
        for (Example ex : lesson.examples()) {
            example(ex, problems);
        }
        for (LessonText t : lesson.texts().values()) {
            for (int i = 0; i < t.sandboxes().size(); i++) {
                sandbox(lesson, folder, t.lang(), i, t.sandboxes().get(i), problems);
            }
        }
        Map<ExerciseKind, Integer> kinds = new EnumMap<>(ExerciseKind.class);
        for (Exercise ex : lesson.exercises()) {
            kinds.merge(ex.kind(), 1, Integer::sum);
            exercise(ex, problems);
        }
        if (lesson.examples().isEmpty()) {
            problems.add("a lesson needs at least one example in examples/*.go");
        }
        if (lesson.exercises().size() < MIN_EXERCISES) {
            problems.add("a lesson needs at least " + MIN_EXERCISES + " exercises (has " + lesson.exercises().size() + ")");
        }
        if (kinds.size() < MIN_KINDS) {
            problems.add("a lesson needs exercises of at least " + MIN_KINDS + " kinds");
        }
        String kindText = kinds.entrySet().stream().map(e -> e.getKey().yamlName() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return new Report(folder.name(), lesson.text("en").title(), problems, lesson.examples().size(),
                lesson.exercises().size(), kindText, System.currentTimeMillis() - t0);
    }

    private static void texts(Lesson lesson, List<String> problems) {
        LessonText en = lesson.texts().get("en");
        for (String lang : LANGUAGES) {
            LessonText t = lesson.texts().get(lang);
            if (t == null) {
                problems.add(lang + ".md is missing");
                continue;
            }
            if (t.order() != en.order()) {
                problems.add(lang + ".md: order " + t.order() + " differs from en.md's " + en.order());
            }
            if (!String.valueOf(t.go()).equals(String.valueOf(en.go()))) {
                problems.add(lang + ".md: go " + t.go() + " differs from en.md's " + en.go());
            }
            if (t.minutes() < 5 || t.minutes() > 15) {
                problems.add(lang + ".md: minutes must be between 5 and 15 (is " + t.minutes() + ")");
            }
            if (t.topics().isEmpty()) {
                problems.add(lang + ".md: topics are missing");
            }
            if (t.sandboxes().size() != en.sandboxes().size()) {
                problems.add(lang + ".md has " + t.sandboxes().size() + " sandboxes, en.md has " + en.sandboxes().size());
            } else {
                // a page opens sandbox N of its own language: both must open the same thing
                for (int i = 0; i < t.sandboxes().size(); i++) {
                    if (!t.sandboxes().get(i).equals(en.sandboxes().get(i))) {
                        problems.add(lang + ".md: sandbox " + (i + 1) + " differs from en.md's (" + t.sandboxes().get(i).file()
                                + " vs " + en.sandboxes().get(i).file() + "): give both the same file, step or at, and views");
                    }
                }
            }
        }
    }

    private static void example(Example ex, List<String> problems) {
        String where = ex.file().path();
        for (RunConfig cfg : ex.run().configs(ex.file().fileName(), ex.file().text())) {
            TraceRun.Result r = TraceRun.run(cfg, ex.checks(), Schedule.NONE, null);
            String run = " (seed " + cfg.seed() + ", GOMAXPROCS " + cfg.maxProcs() + ", Go " + cfg.goVersion() + ")";
            if (r.problem() != null) {
                problems.add(where + ": " + r.problem().get("en") + run);
                return;
            }
            if (ex.expectedOutput() != null && !ex.expectedOutput().equals(r.result().stdout())) {
                problems.add(where + ": printed " + Values.show(r.result().stdout()) + " but its // Output: says "
                        + Values.show(ex.expectedOutput()) + run);
            }
            for (CheckOutcome o : r.outcomes()) {
                if (!o.passed()) {
                    problems.add(where + ": claim '" + o.check().name() + "' failed: " + o.detail("en") + run);
                }
            }
        }
    }

    private void sandbox(Lesson lesson, LessonFolder folder, String lang, int index, Sandbox s, List<String> problems) {
        String where = lang + ".md: sandbox " + s.file();
        LessonFile f = folder.file(s.file());
        if (f == null || !s.file().endsWith(".go")) {
            problems.add(where + ": no such Go file");
            return;
        }
        if (SandboxRun.file(lesson, s).isEmpty()) {
            problems.add(where + ": not an example or exercise file of the lesson, so the page cannot open it");
            return;
        }
        // the same resolution the lesson page's embedded sandbox makes
        SandboxRun r = SandboxRun.resolve(lesson, index, s, f);
        if (r.problem() != null) {
            problems.add(where + ": " + r.problem().get("en"));
        }
    }

    private void exercise(Exercise ex, List<String> problems) {
        String where = "exercise " + ex.id();
        for (String lang : LANGUAGES) {
            if (!ex.prompt().containsKey(lang)) {
                problems.add(where + ": no " + lang + " prompt");
            }
        }
        switch (ex.kind()) {
            case PREDICT -> predict(ex, where, problems);
            case REACH_STATE, FIX_BUG -> {
                Verdict good = checker.checkProgram(ex, ex.solution().text());
                if (!good.passed()) {
                    problems.add(where + ": the solution " + ex.solution().path() + " fails: " + indent(good.message("en")));
                }
                Verdict bad = checker.checkProgram(ex, ex.starter().text());
                if (bad.passed()) {
                    problems.add(where + ": the starter " + ex.starter().path() + " passes every check (it must fail one)");
                }
            }
            case SCHEDULE -> {
                Verdict good = checker.checkSchedule(ex, ex.solution().text());
                if (!good.passed()) {
                    problems.add(where + ": the solution schedule " + ex.solution().path() + " fails: " + indent(good.message("en")));
                }
                Verdict bad = checker.checkSchedule(ex, ex.starter().text());
                if (bad.passed()) {
                    problems.add(where + ": the starter schedule " + ex.starter().path() + " passes every check (it must fail one)");
                }
            }
        }
    }

    private void predict(Exercise ex, String where, List<String> problems) {
        ExerciseChecker.Prediction p = checker.computeAnswer(ex);
        if (p.value() == null) {
            problems.add(where + ": the answer cannot be computed: " + p.error());
            return;
        }
        Answer a = ex.answer();
        if (a.type() == Answer.Type.CHOICE && a.options().stream().noneMatch(o -> ExerciseChecker.same(a.type(), o, p.value()))) {
            problems.add(where + ": the computed answer " + Values.show(p.value()) + " is not among the options " + a.options());
        }
        if (a.type() == Answer.Type.NUMBER && !checker.checkAnswer(ex, p.value()).passed()) {
            problems.add(where + ": the computed answer " + Values.show(p.value()) + " is not a number");
        }
        for (Distractor d : ex.distractors()) {
            if (ExerciseChecker.same(a.type(), d.answer(), p.value())) {
                problems.add(where + ": distractor " + Values.show(d.answer()) + " is the right answer");
            }
        }
    }

    private static String indent(String s) {
        return s.replace("\n", "\n      ");
    }
}
