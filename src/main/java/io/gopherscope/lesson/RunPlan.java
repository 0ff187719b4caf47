package io.gopherscope.lesson;

import io.gopherscope.engine.RunConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * How to run a program for a check: the Go version and every combination of seed and
 * GOMAXPROCS. A fix-bug exercise lists several, so that a fix which only works for one
 * interleaving is caught.
 *
 * @param maxSteps step budget of each run; a run that exceeds it fails its checks
 */
public record RunPlan(String go, List<Long> seeds, List<Integer> maxprocs, long maxSteps) {

    public static final long DEFAULT_MAX_STEPS = 200_000;
    /** Wall-clock budget of one run, so a student's endless loop never hangs a check. */
    public static final long WALL_MILLIS = 20_000;

    public RunPlan {
        seeds = List.copyOf(seeds);
        maxprocs = List.copyOf(maxprocs);
        if (seeds.isEmpty() || maxprocs.isEmpty()) {
            throw new IllegalArgumentException("seeds and maxprocs must not be empty");
        }
    }

    /** One run: seed 1, GOMAXPROCS 1. */
    public static RunPlan single(String go) {
        return new RunPlan(go, List.of(1L), List.of(1), DEFAULT_MAX_STEPS);
    }

    /** Every (seed, GOMAXPROCS) pair, seeds varying fastest. */
    public List<RunConfig> configs(String fileName, String source) {
        List<RunConfig> out = new ArrayList<>();
        for (int p : maxprocs) {
            for (long seed : seeds) {
                out.add(first(fileName, source).withSeed(seed).withMaxProcs(p));
            }
        }
        return out;
    }

    /** The first run of the plan (used for predictions and manual schedules). */
    public RunConfig first(String fileName, String source) {
        return RunConfig.of(fileName, source).withGo(go).withSeed(seeds.get(0)).withMaxProcs(maxprocs.get(0))
                .withMaxSteps(maxSteps).withWallMillis(WALL_MILLIS);
    }
}
