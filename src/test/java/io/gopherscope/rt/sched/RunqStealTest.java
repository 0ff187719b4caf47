package io.gopherscope.rt.sched;

import io.gopherscope.rt.FastRand;
import io.gopherscope.rt.Goroutine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * {@code runqsteal} (Go 1.19 {@code proc.go}): an idle P grabs the first half (rounded up) of a
 * victim's ring into its own ring and runs the <em>last</em> goroutine grabbed; the victim's
 * runnext is taken only in the last round, and only while the victim is running.
 */
class RunqStealTest {

    @Test
    void thiefRunsTheLastOfTheStolenHalf() {
        Scheduler s = new Scheduler(2, new FastRand(1), 6);
        Processor victim = s.ps[0];
        Processor thief = s.ps[1];
        Goroutine main = s.newMain();
        Goroutine[] g = new Goroutine[5];
        for (int i = 0; i < g.length; i++) {
            g[i] = s.newproc(victim, main, "main.main", "main.w");
        }
        // runnext g4, ring g0 g1 g2 g3: the thief grabs g0 g1, runs g1, keeps g0 queued
        assertSame(g[1], s.schedule(thief));
        assertEquals(List.of(g[0]), List.copyOf(thief.runq));
        assertEquals(List.of(g[2], g[3]), List.copyOf(victim.runq));
        assertSame(g[4], victim.runnext);
    }

    @Test
    void runnextIsStolenOnlyFromARunningVictim() {
        Scheduler s = new Scheduler(2, new FastRand(1), 6);
        Processor victim = s.ps[0];
        Processor thief = s.ps[1];
        Goroutine main = s.newMain();
        Goroutine a = s.newproc(victim, main, "main.main", "main.a");
        assertSame(a, s.schedule(thief), "main runs on the victim: its runnext may be stolen");
        Goroutine b = s.newproc(victim, main, "main.main", "main.b");
        s.gopark(victim, main, "chan receive");
        s.exit(thief, a);
        assertEquals(null, s.schedule(thief), "the victim is idle: its runnext stays for it");
        assertSame(b, s.schedule(victim));
    }
}
