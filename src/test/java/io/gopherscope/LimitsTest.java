package io.gopherscope;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.RunResult;
import io.gopherscope.engine.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every run is bounded: a budget that runs out ends the run with exit status 2 and one clear line
 * naming the limit and how to raise it; a runaway recursion ends as Go's does (fatal error: stack
 * overflow). Never a hang, never a Java exception.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LimitsTest {

    private static RunResult run(RunConfig cfg) {
        Session s = Engine.open(cfg);
        assertTrue(s.diagnostics().isEmpty(), s.diagnostics().toString());
        return s.run(null);
    }

    private static RunConfig prog(String body) {
        return RunConfig.of("limits.go", "package main\n\n" + body).withGo("1.19");
    }

    /** The stderr lines the engine itself wrote (not the program). */
    private static String[] lines(RunResult r) {
        return r.stderr().split("\n");
    }

    @Test
    void emptyInfiniteLoopHitsTheStepLimit() {
        RunResult r = run(prog("func main() {\n\tfor {\n\t}\n}\n").withMaxSteps(100_000));
        assertEquals(2, r.exitCode());
        assertEquals("steps", r.limit());
        assertEquals(1, lines(r).length, r.stderr());
        assertEquals("gopherscope: the program ran more than 100000 steps (raise it with --max-steps)", lines(r)[0]);
    }

    @Test
    void busyLoopWithOutputHitsTheStepLimitAfterItsOutput() {
        RunResult r = run(prog("import \"fmt\"\n\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\tif i < 3 {\n\t\t\tfmt.Println(i)\n\t\t}\n\t}\n}\n")
                .withMaxSteps(10_000));
        assertEquals("0\n1\n2\n", r.stdout());
        assertEquals("steps", r.limit());
        assertEquals(2, r.exitCode());
    }

    @Test
    void wallClockLimitStopsALoopThatWouldOutliveItsSteps() {
        RunResult r = run(prog("func main() {\n\tfor {\n\t}\n}\n").withMaxSteps(Long.MAX_VALUE / 2).withWallMillis(300));
        assertEquals(2, r.exitCode());
        assertEquals("wall time", r.limit());
        assertEquals("gopherscope: the program ran longer than 300 ms of real time", r.stderr().strip());
    }

    @Test
    void deepRecursionIsGosStackOverflow() {
        RunResult r = run(prog("func f(n int) int {\n\treturn f(n+1) + 1\n}\n\nfunc main() {\n\tf(0)\n}\n"));
        assertEquals(2, r.exitCode());
        String[] l = lines(r);
        assertEquals("runtime: goroutine stack exceeds 1000000000-byte limit", l[0], r.stderr());
        assertTrue(r.stderr().contains("\nfatal error: stack overflow\n"), r.stderr());
        assertTrue(r.stderr().contains("\n\ngoroutine 1 [running]:\nmain.f(...)\n"), r.stderr());
        assertTrue(r.stderr().endsWith("...additional frames elided...\n"), "at most 100 frames, as the runtime prints");
        assertEquals(null, r.limit());
    }

    private static RunConfig withHeap(RunConfig base, long bytes) {
        return new RunConfig(base.fileName(), base.source(), base.goVersion(), base.seed(), base.maxProcs(),
                base.maxSteps(), base.maxOutputBytes(), bytes, base.maxGoroutines(), 0);
    }

    @Test
    void garbageDoesNotCountAgainstTheHeapBudget() {
        // 20,000 slices of 800 bytes (16 MB in all) through a 1 MiB budget: only the live one counts
        RunResult r = run(withHeap(prog("import \"fmt\"\n\nvar keep []int\n\nfunc main() {\n\tt := 0\n"
                + "\tfor i := 0; i < 20000; i++ {\n\t\ts := make([]int, 100)\n\t\ts[0] = i\n\t\tkeep = s\n\t\tt += s[0] % 3\n\t}\n"
                + "\tfmt.Println(t, len(keep))\n}\n"), 1 << 20));
        assertEquals("", r.stderr());
        assertEquals("19999 100\n", r.stdout());
        assertEquals(0, r.exitCode());
    }

    @Test
    void parkedChannelOperationsDoNotFillTheHeap() {
        // every park takes a sudog; 30,000 round trips through a 256 KiB budget
        RunResult r = run(withHeap(prog("import \"fmt\"\n\nfunc main() {\n\tping, pong := make(chan int), make(chan int)\n"
                + "\tgo func() {\n\t\tfor v := range ping {\n\t\t\tpong <- v + 1\n\t\t}\n\t}()\n"
                + "\tn := 0\n\tfor i := 0; i < 30000; i++ {\n\t\tping <- n\n\t\tn = <-pong\n\t}\n\tfmt.Println(n)\n}\n"), 256 << 10));
        assertEquals("30000\n", r.stdout());
        assertEquals(0, r.exitCode());
    }

    @Test
    void liveMemoryStillHitsTheHeapBudget() {
        // everything appended stays reachable from the map: the budget must run out
        RunResult r = run(withHeap(prog("func main() {\n\tm := map[int][]int{}\n\tfor i := 0; ; i++ {\n"
                + "\t\tm[i] = make([]int, 1000)\n\t}\n}\n"), 4 << 20));
        assertEquals(2, r.exitCode());
        assertEquals("heap", r.limit());
        assertTrue(r.stderr().startsWith("gopherscope: heap limit exceeded"), r.stderr());
    }

    @Test
    void hugeOutputHitsTheOutputLimit() {
        RunConfig base = prog("import \"fmt\"\n\nfunc main() {\n\tfor {\n\t\tfmt.Println(\"0123456789\")\n\t}\n}\n");
        RunConfig cfg = new RunConfig(base.fileName(), base.source(), base.goVersion(), base.seed(), base.maxProcs(),
                base.maxSteps(), 10_000, base.maxHeapBytes(), base.maxGoroutines(), 0);
        RunResult r = run(cfg);
        assertEquals(2, r.exitCode());
        assertEquals("output", r.limit());
        // the write that crosses the budget is the last one
        assertTrue(r.stdout().length() <= 10_000 + "0123456789\n".length(), "stdout " + r.stdout().length() + " bytes");
        assertTrue(r.stdout().startsWith("0123456789\n"));
        assertEquals("gopherscope: the program wrote more than 10000 bytes of output (the sandbox's limit)", r.stderr().strip());
    }

    @Test
    void goroutineBombHitsTheGoroutineLimit() {
        RunResult r = run(prog("func main() {\n\tfor {\n\t\tgo func() {\n\t\t\tselect {}\n\t\t}()\n\t}\n}\n"));
        assertEquals(2, r.exitCode());
        assertEquals("goroutines", r.limit());
        assertTrue(r.stderr().strip().startsWith("gopherscope: the program started more than "), r.stderr());
        assertEquals(1, r.stderr().strip().split("\n").length, r.stderr());
    }

    @Test
    void oversizedSourceIsACompileErrorNotACrash() {
        String src = "package main\n\nfunc main() {}\n//" + "x".repeat(1 << 20);
        Session s = Engine.open(RunConfig.of("big.go", src));
        assertTrue(s.done());
        assertEquals(1, s.result().exitCode());
        assertTrue(s.result().stderr().startsWith("# command-line-arguments\nbig.go:1:1: source file too large"), s.result().stderr());
    }
}
