package io.gopherscope.trace;

import java.util.List;
import java.util.Map;

/**
 * The state of the simulated machine after one step: the wire model of
 * {@code docs/trace-format.md}. Every step can be drawn on its own. {@code objects} is keyed by
 * simulated address; each object is a map with a {@code kind} ({@code hchan}, {@code hmap},
 * {@code bmap}, {@code array}, {@code struct}, ...) and the runtime's field names. Values inside
 * are JSON-ready: Long, Double, Boolean, String, null, {@code {"ref": "0x..."}},
 * {@code {"ptr": "0x...", "len": L, "cap": C}}, lists and maps.
 *
 * @param stdout everything the program wrote to stdout so far
 * @param stderr everything written to stderr so far
 * @param sched  the scheduler: {@code gomaxprocs}, one entry per P ({@code id}, {@code curg},
 *               {@code runnext}, {@code runq} as goids) and the global run queue {@code runq}
 */
public record Snapshot(long step, long goid, int line, int col, String event, long clock,
                       String stdout, String stderr, List<GoroutineState> goroutines,
                       Map<String, Object> sched, Map<String, Map<String, Object>> objects) {

    /** One goroutine: {@code status} is running, runnable, waiting or dead. */
    public record GoroutineState(long goid, String status, String waitreason, List<FrameState> frames) {}

    /** One stack frame, innermost first; locals by name in declaration order. */
    public record FrameState(String function, int line, Map<String, Object> locals) {}
}
