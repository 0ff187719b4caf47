package io.gopherscope.rt.heap;

/**
 * The simulated address space. Addresses start at {@code 0xc000010000} as on linux/amd64 and
 * every allocation is rounded up to its size class, so adjacent objects look as they would in a
 * real process. Zero-size allocations return {@link #ZEROBASE}, as {@code mallocgc} does.
 */
public class Heap {
    public static final long ARENA_START = 0xc000010000L;
    public static final long ZEROBASE = 0x5a8ec0L;

    private long next = ARENA_START;
    private long allocated;

    /** Allocates {@code size} bytes and returns the object's address. */
    public long alloc(long size) {
        if (size == 0) {
            return ZEROBASE;
        }
        long rounded = (size + 7) & ~7L;
        long a = next;
        next += rounded;
        allocated += rounded;
        return a;
    }

    public long allocatedBytes() {
        return allocated;
    }
}
