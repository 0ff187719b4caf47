package io.gopherscope.rt.sched;

import io.gopherscope.rt.FastRand;
import io.gopherscope.rt.GStatus;
import io.gopherscope.rt.Goroutine;
import io.gopherscope.rt.Throw;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Models the scheduler of {@code runtime/proc.go} (Go 1.19–1.24): {@code newproc},
 * {@code runqput}/{@code runqget} with {@code runnext}, the global run queue, {@code gopark},
 * {@code goready}, {@code Gosched}/preemption to the global queue, and {@code findRunnable}'s
 * order (every 61st tick the global queue, then runnext, the local ring, the global queue, then
 * stealing from other Ps).
 * <p>
 * Invariants: a goroutine is in at most one run queue; every queued goroutine is RUNNABLE; each
 * P's {@code curg} is RUNNING; a WAITING goroutine is in no run queue.
 *
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/proc.go">runtime/proc.go</a>
 */
public final class Scheduler {
    public final Processor[] ps;
    public final ArrayDeque<Goroutine> globalq = new ArrayDeque<>();
    /**
     * Every goroutine not yet dead, in the order of their G structs in the runtime's {@code allgs}:
     * a new goroutine reuses the G of one that exited ({@code gfget}) and takes its place in the
     * list, which is the order in which tracebacks and deadlock reports list goroutines.
     */
    public final List<Goroutine> allgs = new ArrayList<>();
    /** {@code sched.sudogcache}: free sudogs moved off Ps whose caches were full, head first. */
    public final ArrayDeque<Long> sudogcache = new ArrayDeque<>();
    /** {@code sched.gFree}: free Gs moved off Ps with too many, head first (as G positions). */
    private final ArrayDeque<Long> gFreeGlobal = new ArrayDeque<>();
    private final FastRand rand;
    private long nextGoid;
    private long allocCounter;

    public Scheduler(int gomaxprocs, FastRand rand, long firstUserGoid) {
        this.ps = new Processor[gomaxprocs];
        for (int i = 0; i < gomaxprocs; i++) ps[i] = new Processor(i);
        this.rand = rand;
        this.nextGoid = firstUserGoid;
    }

    /** Creates the main goroutine (goid 1) running on P0. */
    public Goroutine newMain() {
        Goroutine g = new Goroutine(1, 0, null, "main.main", allocCounter++);
        allgs.add(g);
        g.status = GStatus.RUNNING;
        ps[0].curg = g;
        ps[0].schedtick = 1; // main's own time slice (execute with inheritTime false)
        return g;
    }

    /** {@code newproc}: a new runnable goroutine, put in the creator's P's {@code runnext}. */
    public Goroutine newproc(Processor p, Goroutine parent, String createdBy, String startFunc) {
        Long reused = gfget(p);
        long order = reused != null ? reused : allocCounter++;
        Goroutine g = new Goroutine(nextGoid++, parent == null ? 0 : parent.goid, createdBy, startFunc, order);
        // allgs stays in G order: a reused G goes back where its struct sits
        int at = allgs.size();
        while (at > 0 && allgs.get(at - 1).allocOrder > order) at--;
        allgs.add(at, g);
        g.status = GStatus.RUNNABLE;
        runqput(p, g, true);
        return g;
    }

    /**
     * {@code runqput}: with {@code next}, install in runnext and kick the previous occupant to the
     * tail of the ring; a full ring moves half of itself plus g to the global queue.
     */
    public void runqput(Processor p, Goroutine g, boolean next) {
        if (next) {
            Goroutine old = p.runnext;
            p.runnext = g;
            if (old == null) return;
            g = old;
        }
        if (p.runq.size() < Processor.RUNQ_SIZE) {
            p.runq.addLast(g);
            return;
        }
        // runqputslow: first half of the ring, then g, go to the global queue in one batch
        for (int i = 0; i < Processor.RUNQ_SIZE / 2; i++) globalq.addLast(p.runq.pollFirst());
        globalq.addLast(g);
    }

    /** {@code gopark}: the running goroutine on p stops with a wait reason. */
    public void gopark(Processor p, Goroutine g, String reason) {
        if (g.status != GStatus.RUNNING) throw new Throw("gopark: bad g status " + g.status);
        g.status = GStatus.WAITING;
        g.waitreason = reason;
        if (p.curg == g) p.curg = null;
    }

    /** {@code goready}: a waiting goroutine becomes runnable in the waker's runnext. */
    public void goready(Processor p, Goroutine g) {
        if (g.status != GStatus.WAITING) throw new Throw("goready: bad g status " + g + " " + g.status);
        g.status = GStatus.RUNNABLE;
        g.waitreason = "";
        runqput(p, g, true);
    }

    /** {@code Gosched} and preemption: the running goroutine goes to the tail of the global queue. */
    public void yieldToGlobal(Processor p, Goroutine g) {
        g.status = GStatus.RUNNABLE;
        if (p.curg == g) p.curg = null;
        globalq.addLast(g);
    }

    /** The running goroutine finished ({@code goexit0}). */
    public void exit(Processor p, Goroutine g) {
        g.status = GStatus.DEAD;
        g.stack = null;
        if (p.curg == g) p.curg = null;
        allgs.remove(g);
        gfput(p, g.allocOrder);
    }

    /**
     * {@code gfput}: the dead G goes on top of p's free stack; at 64, Gs are popped until 32 remain
     * and pushed as one batch (the last popped first) onto the global free list.
     */
    private void gfput(Processor p, long g) {
        p.gFree.push(g);
        if (p.gFree.size() >= 64) {
            ArrayDeque<Long> batch = new ArrayDeque<>();
            while (p.gFree.size() >= 32) batch.push(p.gFree.pop());
            for (java.util.Iterator<Long> it = batch.descendingIterator(); it.hasNext(); ) gFreeGlobal.push(it.next());
        }
    }

    /** {@code gfget}: a free G from p's stack, refilled with up to 32 from the global list when empty. */
    private Long gfget(Processor p) {
        if (p.gFree.isEmpty()) {
            while (p.gFree.size() < 32 && !gFreeGlobal.isEmpty()) p.gFree.push(gFreeGlobal.pop());
        }
        return p.gFree.poll();
    }

    /**
     * {@code findRunnable} for p without blocking: returns the next goroutine to run and makes it
     * p's current one, or null when nothing is runnable anywhere p can look.
     * {@link #lastFromRunnext} tells whether it came from runnext (and keeps the time slice).
     * <p>
     * As {@code execute(gp, inheritTime)} does, {@code schedtick} counts time slices, not
     * schedules: a goroutine taken from runnext inherits the current slice and does not advance
     * it. So two goroutines handing off to each other through runnext never reach the
     * every-61st-tick poll of the global queue (Go 1.19 {@code proc.go}: the check reads
     * {@code schedtick} before {@code execute} increments it).
     */
    public Goroutine schedule(Processor p) {
        Goroutine g = null;
        boolean fromNext = false;
        if (p.schedtick % 61 == 0 && !globalq.isEmpty()) {
            g = globalq.pollFirst();
        }
        if (g == null && p.runnext != null) {
            g = p.runnext;
            p.runnext = null;
            fromNext = true;
        }
        if (g == null) g = p.runq.pollFirst();
        if (g == null) g = globrunqget(p);
        if (g == null) g = steal(p);
        if (g == null) return null;
        lastFromRunnext = fromNext;
        if (!fromNext) p.schedtick++;
        g.status = GStatus.RUNNING;
        p.curg = g;
        return g;
    }

    /** Whether the goroutine {@link #schedule} returned last came from runnext (inherits the time slice). */
    public boolean lastFromRunnext;

    /** {@code globrunqget}: take a batch from the global queue, run the first, queue the rest locally. */
    private Goroutine globrunqget(Processor p) {
        if (globalq.isEmpty()) return null;
        int n = Math.min(globalq.size(), globalq.size() / ps.length + 1);
        n = Math.min(n, Processor.RUNQ_SIZE / 2);
        Goroutine first = globalq.pollFirst();
        for (int i = 1; i < n; i++) {
            Goroutine g = globalq.pollFirst();
            if (p.runq.size() < Processor.RUNQ_SIZE) p.runq.addLast(g);
            else globalq.addFirst(g);
        }
        return first;
    }

    /**
     * {@code runqsteal}: take half of a random victim's ring (its runnext only as a last resort);
     * as in Go, the last goroutine grabbed runs and the others join the thief's ring in order.
     */
    private Goroutine steal(Processor p) {
        if (ps.length == 1) return null;
        for (int round = 0; round < 4; round++) {
            int start = rand.nextN(ps.length);
            for (int k = 0; k < ps.length; k++) {
                Processor v = ps[(start + k) % ps.length];
                if (v == p) continue;
                int n = v.runq.size() - v.runq.size() / 2;
                if (n > 0) {
                    for (int i = 1; i < n; i++) p.runq.addLast(v.runq.pollFirst());
                    return v.runq.pollFirst();
                }
                if (round == 3 && v.runnext != null && v.curg != null) {
                    Goroutine g = v.runnext;
                    v.runnext = null;
                    return g;
                }
            }
        }
        return null;
    }

    /** Goroutines that could be scheduled next on p (manual scheduling), in queue order. */
    public List<Goroutine> runnable() {
        List<Goroutine> out = new ArrayList<>();
        for (Processor p : ps) {
            if (p.runnext != null) out.add(p.runnext);
            out.addAll(p.runq);
        }
        out.addAll(globalq);
        return out;
    }

    /** Removes g from whichever run queue holds it (manual scheduling picks it out of order). */
    public boolean take(Goroutine g) {
        for (Processor p : ps) {
            if (p.runnext == g) {
                p.runnext = null;
                return true;
            }
            if (p.runq.remove(g)) return true;
        }
        return globalq.remove(g);
    }

    public int liveCount() {
        return allgs.size();
    }

    /** Checks the invariants stated in the class comment; throws {@link Throw} on violation. */
    public void checkInvariants() {
        java.util.Set<Goroutine> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Goroutine g : runnable()) {
            if (!seen.add(g)) throw new Throw("goroutine queued twice: " + g);
            if (g.status != GStatus.RUNNABLE) throw new Throw("queued goroutine not runnable: " + g);
        }
        for (Processor p : ps) {
            if (p.curg != null && p.curg.status != GStatus.RUNNING) throw new Throw("curg not running: " + p.curg);
        }
        for (Goroutine g : allgs) {
            if (g.status == GStatus.WAITING && seen.contains(g)) throw new Throw("waiting goroutine queued: " + g);
        }
    }
}
