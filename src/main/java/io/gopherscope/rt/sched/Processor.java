package io.gopherscope.rt.sched;

import io.gopherscope.rt.Goroutine;

import java.util.ArrayDeque;

/**
 * Models {@code runtime.p}: a logical processor with its local run queue (a ring of 256 slots,
 * {@code runq}), the one-slot {@code runnext}, the goroutine it is running, and
 * {@code schedtick} (time slices started on this P; at every 61st the global queue is polled
 * first, for fairness), and the free list of dead Gs ({@code gFree}).
 */
public final class Processor {
    public static final int RUNQ_SIZE = 256;

    public final int id;
    public final ArrayDeque<Goroutine> runq = new ArrayDeque<>();
    public Goroutine runnext;
    public Goroutine curg;
    public long schedtick;
    /**
     * {@code gFree}: the G structs of goroutines that exited on this P, a stack (the last freed is
     * reused first), kept as their positions in {@code allgs}.
     */
    public final ArrayDeque<Long> gFree = new ArrayDeque<>();
    /** {@code sudogcache}: addresses of free sudogs, a stack of at most 128 (the last freed is taken first). */
    public final ArrayDeque<Long> sudogcache = new ArrayDeque<>();

    public Processor(int id) {
        this.id = id;
    }

    public boolean hasWork() {
        return runnext != null || !runq.isEmpty();
    }
}
