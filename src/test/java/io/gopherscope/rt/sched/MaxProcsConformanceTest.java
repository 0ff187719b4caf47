package io.gopherscope.rt.sched;

import io.gopherscope.engine.RunResult;
import io.gopherscope.vm.ConcurrentCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Issue 4's "done when": the concurrent conformance programs give real Go's results for seeds
 * 1–5, exactly (goroutine ids included) with GOMAXPROCS=1, and with GOMAXPROCS=4 identical except
 * for goroutine ids other than 1, which are masked on both sides as
 * {@code ../shared/tools/conformance.py} does (their output is schedule-independent by
 * construction, so only the ids may differ).
 */
class MaxProcsConformanceTest {

    @TestFactory
    List<DynamicTest> concurrentCorpus() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ConcurrentCorpus.Program p : ConcurrentCorpus.programs()) {
            for (int procs : new int[]{1, 4}) {
                for (long seed = 1; seed <= 5; seed++) {
                    long sd = seed;
                    tests.add(DynamicTest.dynamicTest(p.name() + " maxprocs " + procs + " seed " + seed, () -> {
                        RunResult r = ConcurrentCorpus.run(p.config(sd, procs));
                        assertNull(ConcurrentCorpus.compare(p, r, procs != 1));
                    }));
                }
            }
        }
        return tests;
    }
}
