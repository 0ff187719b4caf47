package io.gopherscope.vm;

import io.gopherscope.rt.GoPanic;

/**
 * A panic in progress on one goroutine ({@code runtime._panic}): the value, whether a deferred
 * call recovered it, and the panic it interrupted (printed as nested panics).
 */
public final class PanicRec {
    public final GoPanic panic;
    public final PanicRec link;
    public boolean recovered;
    public boolean aborted;
    /** runtime.Goexit: runs the deferred calls like a panic, but cannot be recovered and prints nothing. */
    public boolean goexit;
    /** The goroutine's innermost frame when the panic started (the traceback prints from there). */
    public Frame where;

    public PanicRec(GoPanic panic, PanicRec link) {
        this.panic = panic;
        this.link = link;
    }
}
