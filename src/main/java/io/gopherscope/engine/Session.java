package io.gopherscope.engine;

import io.gopherscope.trace.Snapshot;

import java.util.List;

/**
 * One simulation: a compiled program and its running machine. Not thread-safe: one thread drives
 * a session at a time. A program that failed to compile is a session that is already done, with
 * exit status 1, the errors in {@link #diagnostics()} and gc's report in the result's stderr.
 */
public interface Session {

    RunConfig config();

    /** Compile errors (empty when the program compiled). */
    List<Diagnostic> diagnostics();

    boolean done();

    /** Executes one step and returns the snapshot after it; returns the final snapshot when done. */
    Snapshot step();

    /** The snapshot of the current state (step 0 before anything ran). */
    Snapshot snapshot();

    /** Runs to the end, calling the listener after every step when it is non-null. */
    RunResult run(TraceListener listener);

    /** The result; only meaningful when {@link #done()}. */
    RunResult result();

    /** Steps executed so far. */
    long steps();

    /** Goroutines that could run next (manual scheduling); empty when the choice is forced or over. */
    List<Long> runnable();

    /**
     * Makes goroutine {@code goid} run next (it must be in {@link #runnable()}). The choice is
     * recorded in {@link #choices()}, so a run can be replayed from its inputs.
     */
    void choose(long goid);

    /** The scheduling choices made so far, as (step, goid) pairs in order. */
    List<long[]> choices();
}
