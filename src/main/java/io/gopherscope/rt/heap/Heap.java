package io.gopherscope.rt.heap;

/**
 * The simulated address space and allocator. Models the address layout of {@code mallocgc}
 * ({@code runtime/malloc.go}, {@code mcache.go}, {@code mheap.go}, Go 1.19–1.24) closely enough that
 * pictures look like a real process:
 * <ul>
 * <li>addresses start at {@link #ARENA_START} ({@code 0xc000010000}, linux/amd64's first arena);</li>
 * <li>a small object (&lt;= 32 KiB) is rounded up to its size class ({@link SizeClasses}) and taken
 *     from the current span of that class and scan/noscan kind; a span holds the class's
 *     {@code bytes/span} and hands out objects in address order, so consecutive allocations of one
 *     size sit next to each other, while other sizes live in other spans;</li>
 * <li>large objects get their own run of whole 8 KiB pages;</li>
 * <li>zero-byte allocations return {@link #ZEROBASE}, the address of {@code runtime.zerobase}.</li>
 * </ul>
 *
 * <p>Simplifications (documented for students and the UI):
 * <ul>
 * <li>no garbage collector that frees or reuses addresses: addresses only grow. The budget
 *     below counts live memory, though: when it runs out, the {@link Collector} (the VM) counts the
 *     bytes still reachable from the goroutines and globals, and only those stay charged;</li>
 * <li>no tiny allocator (small pointer-free objects are not packed into shared 16-byte blocks) and
 *     no Go 1.22+ malloc header in front of objects;</li>
 * <li>no escape analysis: the VM decides what lives here. Objects shown on the heap are hmaps,
 *     buckets, channels, slice backing arrays, and variables that {@code new}, {@code &}, closures or
 *     slicing of arrays make addressable (see {@link io.gopherscope.rt.Cell}); other locals stay in
 *     frames, where the real compiler might also have put some of the above.</li>
 * </ul>
 *
 * <p>Every allocation counts against a byte budget ({@link #maxBytes()}); when the reachable
 * memory (as the collector counts it) leaves less than the allocation needs, or fills more than
 * 7/8 of the budget, it throws {@link HeapLimitException} before anything is allocated.
 *
 * <p>Invariants: {@code allocatedBytes() <= maxBytes()}; addresses returned for non-zero sizes are
 * 8-byte aligned, distinct, and never below {@link #ARENA_START}.
 *
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/malloc.go">runtime/malloc.go</a>
 */
public class Heap {
    /** Where linux/amd64 Go processes put their first heap arena. */
    public static final long ARENA_START = 0xc000010000L;
    /** Address of {@code runtime.zerobase}, shared by every zero-size allocation. */
    public static final long ZEROBASE = 0x5a8ec0L;
    /** Default budget when none is configured: 64 MiB of simulated objects. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    /** One span in use for a span class: {@code base + i*elemSize} for {@code i < nelems}. */
    private static final class Span {
        final long base;
        final int elemSize;
        final int nelems;
        int freeindex; // next object handed out

        Span(long base, int elemSize, int nelems) {
            this.base = base;
            this.elemSize = elemSize;
            this.nelems = nelems;
        }
    }

    private final long maxBytes;
    /** Next unused page: spans and large objects are carved from here. */
    private long nextPage = ARENA_START;
    /** Current span per span class ({@code sizeclass<<1 | noscan}), as {@code mcache.alloc}. */
    private final Span[] current = new Span[SizeClasses.NUM_SIZE_CLASSES * 2];
    /** Bytes handed out to objects (class-rounded) since the last collection, plus what it found live. */
    private long allocated;
    private Collector collector;
    private boolean collecting;
    private int collections;

    /**
     * Counts the bytes of simulated objects still reachable (an estimate is enough). Deterministic:
     * it runs only when the budget runs out, so the same program hits the limit at the same step.
     */
    @FunctionalInterface
    public interface Collector {
        long liveBytes();
    }

    public void setCollector(Collector c) {
        this.collector = c;
    }

    /** How many times the budget ran out and the collector counted live memory. */
    public int collections() {
        return collections;
    }

    public Heap() {
        this(DEFAULT_MAX_BYTES);
    }

    public Heap(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Allocates {@code size} bytes for an object that may contain pointers and returns its address. */
    public long alloc(long size) {
        return alloc(size, false);
    }

    /**
     * Allocates {@code size} bytes; {@code noscan} says the object holds no pointers, which (as in Go)
     * puts it in different spans than pointerful objects of the same size class.
     */
    public long alloc(long size, boolean noscan) {
        if (size < 0) {
            throw new IllegalArgumentException("negative allocation: " + size);
        }
        if (size == 0) {
            return ZEROBASE;
        }
        if (size > SizeClasses.MAX_SMALL_SIZE) {
            long rounded = SizeClasses.roundupsize(size);
            charge(rounded);
            long a = nextPage;
            nextPage += rounded;
            return a;
        }
        int sizeclass = SizeClasses.sizeToClass(size);
        int elemSize = SizeClasses.classSize(sizeclass);
        charge(elemSize);
        int spc = sizeclass << 1 | (noscan ? 1 : 0);
        Span s = current[spc];
        if (s == null || s.freeindex == s.nelems) {
            // mcache.refill: the span is full, get a fresh one from the page heap
            int spanBytes = SizeClasses.spanBytes(sizeclass);
            s = new Span(nextPage, elemSize, spanBytes / elemSize);
            nextPage += spanBytes;
            current[spc] = s;
        }
        return s.base + (long) s.freeindex++ * s.elemSize;
    }

    private void charge(long bytes) {
        if (bytes > maxBytes - allocated) {
            boolean nearlyFull = collect();
            if (nearlyFull || bytes > maxBytes - allocated) throw new HeapLimitException(bytes, allocated, maxBytes);
        }
        allocated += bytes;
    }

    /**
     * Garbage no longer counts: only what the collector finds reachable stays charged. Returns true
     * when nearly all of the budget (more than 7/8) is live, so the caller refuses the allocation
     * rather than counting again at every following one.
     */
    private boolean collect() {
        if (collector == null || collecting) return false;
        collecting = true;
        try {
            collections++;
            long live = collector.liveBytes();
            if (live < allocated) allocated = live;
            return allocated > maxBytes - maxBytes / 8;
        } finally {
            collecting = false;
        }
    }

    /**
     * Refuses, without allocating, an object of {@code bytes} that would not fit the budget. Used
     * before building large Java arrays whose simulated size is small (zero-size elements).
     */
    public void checkFits(long bytes) {
        if (bytes > maxBytes - allocated) {
            throw new HeapLimitException(bytes, allocated, maxBytes);
        }
    }

    /** Bytes allocated so far (after size-class rounding). */
    public long allocatedBytes() {
        return allocated;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** {@code roundupsize} of Go 1.19–1.21 (see {@link SizeClasses#roundupsize}). */
    public static long roundupsize(long size) {
        return SizeClasses.roundupsize(size);
    }
}
