package io.gopherscope.classroom;

import io.gopherscope.lesson.Exercise;
import io.gopherscope.lesson.LessonCatalog;
import io.gopherscope.lesson.Schedule;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A playground share link that replays an attempt: the program (the student's for reach-state
 * and fix-bug, the exercise's for predict and schedule), the attempt's Go version, seed and
 * GOMAXPROCS, the student's schedule as scheduling choices, and a step beyond any run, which the
 * playground shows as the run's last step. The format is {@code frontend/src/share.js}'s.
 */
final class ReplayLink {
    /** Larger than the playground's step budget: "show the last step". */
    static final long LAST_STEP = 1_000_000;

    private ReplayLink() {
    }

    static Optional<String> of(Attempt a, LessonCatalog catalog) {
        Optional<Exercise> ex = catalog.exercise(a.lessonId(), a.exerciseId());
        if (ex.isEmpty()) {
            return Optional.empty();
        }
        String source = ex.get().kind().takesProgram() ? a.submission()
                : ex.get().program() != null ? ex.get().program().text() : null;
        if (source == null) {
            return Optional.empty();
        }
        String choices = "";
        if ("schedule".equals(a.kind())) {
            try {
                choices = Schedule.parse(a.submission()).choices().stream()
                        .map(c -> c.step() + ":" + c.goid()).collect(Collectors.joining(","));
            } catch (IllegalArgumentException e) {
                choices = "";
            }
        }
        StringBuilder sb = new StringBuilder("/play#v=1");
        sb.append("&go=").append(a.goVersion()).append("&seed=").append(a.seed()).append("&procs=").append(a.maxprocs())
                .append("&step=").append(LAST_STEP);
        if (!choices.isEmpty()) {
            sb.append("&choices=").append(choices);
        }
        sb.append("&src=").append(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(source.getBytes(StandardCharsets.UTF_8)));
        return Optional.of(sb.toString());
    }
}
