package io.gopherscope.vm;

import java.util.ArrayList;

/**
 * One activation of a {@link FuncCode}: slots (parameters, results, locals, temporaries),
 * program counter, the caller link, and the deferred calls registered so far.
 */
public final class Frame {
    public final FuncCode fn;
    public final Object[] s;
    public int pc;
    public final Frame caller;
    public final Closure closure;
    /** Caller slots receiving the results; null discards them. */
    public int[] retDst;
    /** Deferred calls (function value + evaluated arguments), run LIFO. */
    public ArrayList<Object[]> defers;
    /** When this frame runs a deferred call on behalf of a panic: that panic record. */
    public PanicRec deferOf;
    /** Set when this frame is a deferred call (recover only works directly inside one). */
    public boolean isDeferCall;
    /** A synchronous call from Java (Ctx.call): the VM stops when this frame returns. */
    public boolean nativeBoundary;
    /** Set once the frame executed return (results in place; draining defers). */
    public boolean returning;
    /** Line of the statement being executed, for tracebacks and snapshots. */
    public int line;

    /** Number of frames up to and including this one. */
    public final int depth;
    /**
     * Estimated bytes of the goroutine's stack up to and including this frame, as gc would lay it
     * out: 8 bytes per slot plus the return address, frame pointer and argument spill area.
     */
    public final long stackBytes;

    public Frame(FuncCode fn, Frame caller, Closure closure) {
        this.fn = fn;
        this.s = new Object[fn.nslots];
        this.caller = caller;
        this.closure = closure;
        this.depth = caller == null ? 1 : caller.depth + 1;
        this.stackBytes = (caller == null ? 0 : caller.stackBytes) + 8L * fn.nslots + 32;
    }

    public void defer(Object fn, Object[] args) {
        if (defers == null) defers = new ArrayList<>(2);
        defers.add(new Object[]{fn, args});
    }
}
