package io.gopherscope.vm;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunResult;
import io.gopherscope.engine.Session;
import io.gopherscope.rt.GStatus;
import io.gopherscope.rt.Goroutine;
import io.gopherscope.rt.Throw;
import io.gopherscope.rt.chan.HChan;
import io.gopherscope.rt.chan.Sudog;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;

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

    private static void stepAndCheck(ConcurrentCorpus.Program p, long seed, int procs) {
        Session s = Engine.open(p.config(seed, procs));
        assertTrue(s.diagnostics().isEmpty(), () -> "compile errors: " + s.diagnostics());
        MachineInvariants inv = new MachineInvariants(s);
        Machine m = MachineInvariants.machine(s);
        inv.check();
        while (!s.done()) {
            stepOnly(s, m);
            try {
                inv.check();
            } catch (RuntimeException | AssertionError e) {
                fail("after step " + s.steps() + " (G" + m.lastGoid + " line " + m.lastLine + ", event "
                        + m.lastEvent + "): " + e.getMessage(), e);
            }
        }
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
        Session s = Engine.open(io.gopherscope.engine.RunConfig.of("prog.go", src).withGo("1.19"));
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
            if (v instanceof io.gopherscope.rt.Cell cell && cell.v instanceof HChan c) return c;
        }
        throw new AssertionError("no channel in main's frame");
    }

    /** One step without building a snapshot (the walk here is the check; snapshots cost time). */
    private static void stepOnly(Session s, Machine m) {
        try {
            RUN_GUARDED.invoke(s, 1L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.lang.reflect.Method RUN_GUARDED;

    static {
        try {
            RUN_GUARDED = SessionImpl.class.getDeclaredMethod("runGuarded", long.class);
            RUN_GUARDED.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
