package io.gopherscope.lesson;

import io.gopherscope.engine.RunConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What a lesson's {@code sandbox} block opens: the program, the run configuration (the example's
 * plan, then the block's {@code go}, {@code seed}, {@code maxprocs}), the step to open at and the
 * views. The step comes from {@code step}, or from running the program once until {@code at} first
 * holds (the same run {@code lessons check} makes, so a lesson that passes the check opens where
 * its author meant), or is 0. Shared by {@link LessonVerifier} and the web's embedded sandboxes.
 *
 * @param source   the program
 * @param config   how to run it
 * @param openStep the step to show first; for {@code step: end}, the run's last step
 * @param views    the diagrams to show (empty: all)
 */
public record SandboxRun(String lessonId, int index, String fileName, String source, RunConfig config,
                         long openStep, List<String> views, Map<String, String> problem) {

    public SandboxRun {
        views = List.copyOf(views);
        problem = problem == null ? null : Map.copyOf(problem);
    }

    /** The program file a sandbox names: an example of the lesson, or one of its exercises' files. */
    static Optional<LessonFile> file(Lesson l, Sandbox s) {
        Optional<LessonFile> f = l.example(s.file()).map(Example::file);
        if (f.isPresent()) {
            return f;
        }
        return l.exercises().stream().flatMap(e -> Stream.of(e.program(), e.starter(), e.solution()))
                .filter(x -> x != null && x.path().equals(s.file())).findFirst();
    }

    /** The example's first configuration with the block's overrides. */
    static RunConfig config(Lesson l, Sandbox s, LessonFile f) {
        RunPlan plan = l.example(s.file()).map(Example::run).orElse(RunPlan.single(l.go()));
        RunConfig cfg = plan.first(f.fileName(), f.text());
        if (s.go() != null) {
            cfg = cfg.withGo(s.go());
        }
        if (s.seed() != null) {
            cfg = cfg.withSeed(s.seed());
        }
        if (s.maxprocs() != null) {
            cfg = cfg.withMaxProcs(s.maxprocs());
        }
        return cfg;
    }

    /**
     * Resolves a sandbox, running its program when the step depends on the run ({@code at},
     * {@code step: end}) or must be checked against it. {@code problem} says (per language) why it
     * cannot open as written: the run fails, no step satisfies {@code at}, or {@code step} is past
     * the end; the other fields are still usable (the step is then 0 or the last one).
     */
    static SandboxRun resolve(Lesson l, int index, Sandbox s, LessonFile f) {
        RunConfig cfg = config(l, s, f);
        List<Check> checks = s.at() == null ? List.of() : List.of(Check.of("at", Quantifier.EVENTUALLY, s.at()));
        TraceRun.Result r = TraceRun.run(cfg, checks, Schedule.NONE, null);
        Map<String, String> problem = r.problem();
        long step = 0;
        if (problem == null && s.at() != null) {
            step = r.witnesses().get(0);
            if (step < 0) {
                problem = Map.of("en", "no step satisfies at: " + s.at(), "zh", "没有任何一步满足 at：" + s.at());
                step = 0;
            }
        } else if (s.step() != null && s.step() == Sandbox.END) {
            step = r.steps();
        } else if (s.step() != null) {
            step = s.step();
            if (problem == null && step > r.steps()) {
                problem = Map.of("en", "opens at step " + step + " but the run has only " + r.steps() + " steps",
                        "zh", "要在第 " + step + " 步打开，但运行只有 " + r.steps() + " 步");
                step = r.steps();
            }
        }
        if (problem == null && step > MAX_OPEN_STEP) {
            problem = Map.of("en", "opens at step " + step + ": the page would stream that many steps before showing it"
                            + " (at most " + MAX_OPEN_STEP + "); open it earlier",
                    "zh", "在第 " + step + " 步打开：页面要先传送这么多步才能显示（最多 " + MAX_OPEN_STEP + " 步）；请在更早的一步打开");
        }
        return new SandboxRun(l.id(), index, f.fileName(), f.text(), cfg, step, s.views(), problem);
    }

    /** The latest step a sandbox may open at: the browser receives every step up to it first. */
    public static final long MAX_OPEN_STEP = 5000;

    /**
     * The sandboxes of a catalog, resolved once each (a lesson page may be opened by a whole class
     * at once; the runs behind {@code at} are made on first use and kept).
     */
    public static final class Cache {
        private final LessonCatalog catalog;
        private final Map<String, Optional<SandboxRun>> runs = new ConcurrentHashMap<>();

        public Cache(LessonCatalog catalog) {
            this.catalog = catalog;
        }

        /** Sandbox {@code index} (0-based, in prose order) of a lesson in language {@code lang}. */
        public Optional<SandboxRun> find(String lessonId, String lang, int index) {
            return runs.computeIfAbsent(lessonId + "/" + lang + "/" + index, k -> catalog.find(lessonId).flatMap(l -> {
                List<Sandbox> all = l.text(lang).sandboxes();
                if (index < 0 || index >= all.size()) {
                    return Optional.empty();
                }
                Sandbox s = all.get(index);
                return file(l, s).map(f -> resolve(l, index, s, f));
            }));
        }
    }
}
