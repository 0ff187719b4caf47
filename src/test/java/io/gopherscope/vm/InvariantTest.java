package io.gopherscope.vm;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.RunResult;
import io.gopherscope.engine.Session;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.GStatus;
import io.gopherscope.rt.Goroutine;
import io.gopherscope.rt.Throw;
import io.gopherscope.rt.chan.HChan;
import io.gopherscope.rt.chan.Sudog;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * STYLE guideline 6 / issue 4: every concurrent conformance program is stepped from start to end
 * and after every single step the scheduler's and every reachable channel's
 * {@code checkInvariants()} run, plus the cross-structure checks of {@link MachineInvariants};
 * for seeds 1–5 with GOMAXPROCS 1 and 4. The run must also still produce Go's result, so the
 * checks watch the real execution, not a derailed one.
 */
class InvariantTest {

    static final long[] SEEDS = {1, 2, 3, 4, 5};
    static final int[] PROCS = {1, 4};

    @TestFactory
    List<DynamicTest> everyStepOfEveryConcurrentProgram() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ConcurrentCorpus.Program p : ConcurrentCorpus.programs()) {
            for (int procs : PROCS) {
                for (long seed : SEEDS) {
                    tests.add(DynamicTest.dynamicTest(p.name() + " maxprocs " + procs + " seed " + seed,
                            () -> stepAndCheck(p, seed, procs)));
                }
            }
        }
        return tests;
    }

    /**
     * Programs written for the corners the corpus does not reach (testdata/concurrency): a select
     * on both ends of one channel, the same channel twice in a select, close waking parked select
     * senders, run queue overflow into the global queue, timer channels, nil channels.
     */
    @TestFactory
    List<DynamicTest> everyStepOfTheCornerCases() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : cornerCases()) {
            String name = f.getFileName().toString();
            String src = Files.readString(f);
            for (int procs : PROCS) {
                for (long seed : SEEDS) {
                    tests.add(DynamicTest.dynamicTest(name + " maxprocs " + procs + " seed " + seed, () -> {
                        Session s = Engine.open(RunConfig.of(name, src).withGo("1.19")
                                .withSeed(seed).withMaxProcs(procs).withMaxSteps(1_000_000));
                        stepAll(s, null);
                        assertEquals("", s.result().stderr());
                        assertEquals(0, s.result().exitCode());
                    }));
                }
            }
        }
        return tests;
    }

    static List<Path> cornerCases() throws Exception {
        Path dir = Path.of(InvariantTest.class.getResource("/testdata/concurrency").toURI());
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".go")).sorted().toList();
        }
    }

    /**
     * Manual scheduling ({@code Session.choose}) at random steps, as the web's "run this goroutine"
     * control does: the structures stay consistent whatever legal schedule is forced.
     */
    @TestFactory
    List<DynamicTest> everyStepUnderRandomManualChoices() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        List<String[]> programs = new ArrayList<>();
        for (ConcurrentCorpus.Program p : ConcurrentCorpus.programs()) {
            if (!p.name().startsWith("20_")) programs.add(new String[]{p.name(), p.source()});
        }
        for (Path f : cornerCases()) {
            programs.add(new String[]{f.getFileName().toString(), Files.readString(f)});
        }
        for (String[] p : programs) {
            for (int procs : PROCS) {
                tests.add(DynamicTest.dynamicTest(p[0] + " maxprocs " + procs, () -> {
                    Session s = Engine.open(RunConfig.of(p[0], p[1]).withGo("1.19")
                            .withSeed(11).withMaxProcs(procs).withMaxSteps(1_000_000));
                    stepAll(s, new Random(p[0].hashCode() + procs));
                    assertFalse(s.result().stderr().contains("internal error"), s.result().stderr());
                }));
            }
        }
        return tests;
    }

    /** Steps to the end, checking after every step; with {@code choices}, sometimes forces the next goroutine. */
    private static MachineInvariants stepAll(Session s, Random choices) {
        assertTrue(s.diagnostics().isEmpty(), () -> "compile errors: " + s.diagnostics());
        MachineInvariants inv = new MachineInvariants(s);
        Machine m = MachineInvariants.machine(s);
        inv.check();
        while (!s.done()) {
            String chose = "";
            if (choices != null && choices.nextInt(4) == 0) {
                List<Long> r = s.runnable();
                if (!r.isEmpty()) {
                    long g = r.get(choices.nextInt(r.size()));
                    s.choose(g);
                    chose = " after choosing G" + g;
                    check(inv, m, s, chose);
                }
            }
            stepOnly(s);
            check(inv, m, s, chose);
        }
        return inv;
    }

    private static void check(MachineInvariants inv, Machine m, Session s, String context) {
        try {
            inv.check();
        } catch (RuntimeException | AssertionError e) {
            fail("after step " + s.steps() + context + " (G" + m.lastGoid + " line " + m.lastLine + ", event "
                    + m.eventLabel() + "): " + e.getMessage(), e);
        }
    }

    private static void stepAndCheck(ConcurrentCorpus.Program p, long seed, int procs) {
        Session s = Engine.open(p.config(seed, procs));
        MachineInvariants inv = stepAll(s, null);
        if (p.source().contains("make(chan")) {
            assertTrue(inv.channelsSeen() > 0, "the reachability walk found no channel");
        }
        RunResult r = s.result();
        assertNotNull(r);
        assertNull(ConcurrentCorpus.compare(p, r, procs != 1), () -> "result differs from Go");
    }

    /** The checks are not vacuous: corrupting a channel or a goroutine is caught at once. */
    @Test
    void corruptionIsDetected() {
        String src = """
                package main

                func main() {
                	ch := make(chan int, 2)
                	ch <- 1
                	go func() { ch <- 2; ch <- 3 }()
                	ch <- 4
                	ch <- 5
                }
                """;
        Session s = Engine.open(RunConfig.of("prog.go", src).withGo("1.19"));
        MachineInvariants inv = new MachineInvariants(s);
        Machine m = MachineInvariants.machine(s);
        s.step();
        s.step();
        inv.check();
        HChan c = findChan(m);
        c.qcount = 2;
        assertThrows(Throw.class, inv::check, "qcount disagreeing with sendx/recvx");
        c.qcount = 1;
        inv.check();
        c.buf[1] = 7L;
        assertThrows(Throw.class, inv::check, "a free slot holding a value");
        c.buf[1] = 0L;
        // main parks on the full buffer: its sudog must be in sendq and main must be waiting
        while (m.sched.allgs.get(0).status != GStatus.WAITING && !s.done()) {
            s.step();
            inv.check();
        }
        Goroutine main = m.sched.allgs.get(0);
        assertFalse(c.sendq.isEmpty());
        main.status = GStatus.RUNNABLE;
        assertThrows(Throw.class, inv::check, "a queued sudog whose goroutine is not waiting");
        main.status = GStatus.WAITING;
        inv.check();
        Sudog sg = c.sendq.first;
        c.sendq.remove(sg);
        assertThrows(AssertionError.class, inv::check, "a parked goroutine missing from its channel's queue");
        c.sendq.enqueue(sg);
        inv.check();
    }

    private static HChan findChan(Machine m) {
        Frame f = (Frame) m.sched.allgs.get(0).stack;
        for (Object v : f.s) {
            if (v instanceof HChan c) return c;
            if (v instanceof Cell cell && cell.v instanceof HChan c) return c;
        }
        throw new AssertionError("no channel in main's frame");
    }

    /**
     * One step without building a snapshot (the walk here is the check; snapshots cost time):
     * {@code SessionImpl.runGuarded(1)}, or {@link Session#step()} should that method go away.
     */
    private static void stepOnly(Session s) {
        if (RUN_GUARDED == null) {
            s.step();
            return;
        }
        try {
            RUN_GUARDED.invoke(s, 1L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Method RUN_GUARDED = runGuarded();

    private static Method runGuarded() {
        try {
            Method m = SessionImpl.class.getDeclaredMethod("runGuarded", long.class);
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
