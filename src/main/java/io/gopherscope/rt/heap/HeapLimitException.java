package io.gopherscope.rt.heap;

/**
 * The simulated heap ran out of its byte budget. Not a Go panic: the run ends with this message
 * (a real Go process would keep allocating until the OS refuses). Thrown before any Java memory is
 * taken for the allocation, so a huge {@code make} fails fast.
 */
public final class HeapLimitException extends RuntimeException {
    /** Bytes the failed allocation asked for (after size-class rounding). */
    public final long requested;
    /** The budget. */
    public final long maxBytes;

    public HeapLimitException(long requested, long inUse, long maxBytes) {
        super("heap limit exceeded: allocating " + requested + " bytes with " + inUse
                + " bytes in use would pass the limit of " + maxBytes + " bytes (raise it with --max-heap)",
                null, false, false);
        this.requested = requested;
        this.maxBytes = maxBytes;
    }
}
