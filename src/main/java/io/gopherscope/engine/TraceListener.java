package io.gopherscope.engine;

import io.gopherscope.trace.Snapshot;

/** Receives every step's snapshot during {@link Session#run}. */
@FunctionalInterface
public interface TraceListener {
    void onStep(Snapshot snapshot);
}
