package io.gopherscope.classroom;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.Session;
import io.gopherscope.lesson.Exercise;
import io.gopherscope.lesson.LessonCatalog;
import io.gopherscope.lesson.Schedule;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A playground share link that replays an attempt where the student's run stopped: the program
 * (the student's for reach-state and fix-bug, the exercise's for predict and schedule), the
 * attempt's Go version, seed and GOMAXPROCS, the student's schedule as scheduling choices, and
 * the run's last step within the playground's step budget, found by running it once here. The
 * format is {@code frontend/src/share.js}'s.
 */
final class ReplayLink {
    /** Wall-clock budget of the run that finds the last step. */
    static final long WALL_MILLIS = 5_000;

    private ReplayLink() {
    }

    static Optional<String> of(Attempt a, LessonCatalog catalog, long maxSteps) {
        Optional<Exercise> ex = catalog.exercise(a.lessonId(), a.exerciseId());
        if (ex.isEmpty()) {
            return Optional.empty();
        }
        String source = ex.get().kind().takesProgram() ? a.submission()
                : ex.get().program() != null ? ex.get().program().text() : null;
        if (source == null) {
            return Optional.empty();
        }
        List<Schedule.Choice> choices = List.of();
        if ("schedule".equals(a.kind())) {
            try {
                choices = Schedule.parse(a.submission()).choices();
            } catch (IllegalArgumentException e) {
                choices = List.of();
            }
        }
        long step = lastStep(RunConfig.of("./prog.go", source).withGo(a.goVersion()).withSeed(a.seed())
                .withMaxProcs(a.maxprocs()).withMaxSteps(maxSteps).withWallMillis(WALL_MILLIS), choices);
        StringBuilder sb = new StringBuilder("/play#v=1");
        sb.append("&go=").append(a.goVersion()).append("&seed=").append(a.seed()).append("&procs=").append(a.maxprocs())
                .append("&step=").append(step);
        if (!choices.isEmpty()) {
            sb.append("&choices=").append(choices.stream().map(c -> c.step() + ":" + c.goid()).collect(Collectors.joining(",")));
        }
        sb.append("&src=").append(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(source.getBytes(StandardCharsets.UTF_8)));
        return Optional.of(sb.toString());
    }

    /** Runs the program with the choices (as the grader applies a schedule) and returns its last step. */
    static long lastStep(RunConfig cfg, List<Schedule.Choice> choices) {
        Session session = Engine.open(cfg);
        int next = 0;
        try {
            while (!session.done() && session.steps() < cfg.maxSteps()) {
                while (next < choices.size() && choices.get(next).step() == session.steps()) {
                    Schedule.Choice c = choices.get(next++);
                    if (session.runnable().contains(c.goid())) {
                        session.choose(c.goid());
                    }
                }
                session.step();
            }
        } catch (RuntimeException e) {
            // an engine failure: the playground will show it at the step where it happened
        }
        return session.steps();
    }
}
