package io.gopherscope.rt.time;

import java.util.PriorityQueue;

/**
 * Virtual time: a clock in nanoseconds and the timer heap of {@code runtime/time.go}. The clock
 * does not follow the wall clock: when every goroutine is blocked and a timer is pending, the
 * scheduler jumps the clock to the earliest timer and fires it (as the Go playground's fake time
 * does), so sleeps cost nothing and runs are reproducible. Time starts at
 * 2009-11-10 23:00:00 UTC, the playground's epoch.
 */
public final class Timers {
    public static final long EPOCH_NANOS = 1257894000L * 1_000_000_000L;

    /** A pending timer; {@code seq} keeps timers with equal deadlines in creation order. */
    public static final class Timer implements Comparable<Timer> {
        public final long when;
        final long seq;
        final Runnable fire;
        public boolean stopped;

        Timer(long when, long seq, Runnable fire) {
            this.when = when;
            this.seq = seq;
            this.fire = fire;
        }

        @Override
        public int compareTo(Timer o) {
            return when != o.when ? Long.compare(when, o.when) : Long.compare(seq, o.seq);
        }
    }

    private long now = EPOCH_NANOS;
    private long seq;
    private final PriorityQueue<Timer> heap = new PriorityQueue<>();

    public long now() {
        return now;
    }

    /** Nanoseconds since the start of the program. */
    public long elapsed() {
        return now - EPOCH_NANOS;
    }

    /** Adds a timer firing {@code delay} ns from now (negative delays fire at once). */
    public Timer add(long delay, Runnable fire) {
        Timer t = new Timer(now + Math.max(0, delay), seq++, fire);
        heap.add(t);
        return t;
    }

    /** Stops a timer; returns true when it had not fired yet. */
    public boolean stop(Timer t) {
        if (t.stopped) return false;
        t.stopped = true;
        return heap.remove(t);
    }

    /** Whether a timer is pending (checkdead does not report a deadlock then). */
    public boolean pending() {
        return !heap.isEmpty();
    }

    /** Fires every timer whose deadline has passed; returns how many fired. */
    public int fireDue() {
        int n = 0;
        while (!heap.isEmpty() && heap.peek().when <= now) {
            Timer t = heap.poll();
            t.stopped = true;
            t.fire.run();
            n++;
        }
        return n;
    }

    /** Jumps the clock to the earliest pending timer and fires all timers due then. */
    public int advance() {
        if (heap.isEmpty()) return 0;
        now = Math.max(now, heap.peek().when);
        return fireDue();
    }

    /** Lets virtual time pass while goroutines compute (a small cost per step keeps time.Since meaningful). */
    public void tick(long nanos) {
        now += nanos;
    }
}
