package io.gopherscope.rt.heap;

/**
 * The allocator's size classes: Go 1.19's {@code runtime/sizeclasses.go} table (unchanged through
 * Go 1.24) and {@code roundupsize} from {@code runtime/msize.go} in its Go 1.19–1.21 form (no malloc
 * headers; see {@code rt.slices.Growslice#roundupsize} for the Go 1.22+ rule).
 *
 * <p>Objects up to {@link #MAX_SMALL_SIZE} bytes are rounded up to the smallest class that holds them
 * and carved out of spans of that class; bigger objects get whole 8 KiB pages.
 *
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/sizeclasses.go">runtime/sizeclasses.go</a>
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/msize.go">runtime/msize.go</a>
 */
public final class SizeClasses {
    private SizeClasses() {
    }

    /** {@code _MaxSmallSize}: largest object served from a size-class span. */
    public static final int MAX_SMALL_SIZE = 32768;
    /** {@code _PageSize}: 8 KiB ({@code _PageShift = 13}). */
    public static final int PAGE_SIZE = 8192;
    /** {@code _NumSizeClasses}: class 0 (size 0) plus 67 real classes. */
    public static final int NUM_SIZE_CLASSES = 68;

    /** {@code class_to_size}: bytes per object of each class. */
    private static final int[] CLASS_TO_SIZE = {
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
        352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
        2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240,
        10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
    };

    /** {@code class_to_allocnpages}: pages per span of each class. */
    private static final int[] CLASS_TO_NPAGES = {
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1,
        2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5,
        4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
    };

    /** Bytes per object of size class {@code c}. */
    public static int classSize(int c) {
        return CLASS_TO_SIZE[c];
    }

    /** Bytes per span of size class {@code c}. */
    public static int spanBytes(int c) {
        return CLASS_TO_NPAGES[c] * PAGE_SIZE;
    }

    /**
     * The size class of a small object: the smallest class whose size is at least {@code size}
     * (what {@code size_to_class8}/{@code size_to_class128} encode). Precondition: 0 &lt; size &lt;= 32768.
     */
    public static int sizeToClass(long size) {
        if (size <= 0 || size > MAX_SMALL_SIZE) {
            throw new IllegalArgumentException("not a small size: " + size);
        }
        // Go's two lookup tables: by 8-byte steps up to 1024 bytes, by 128-byte steps above
        if (size <= SMALL_SIZE_MAX - 8) return SIZE_TO_CLASS8[(int) ((size + SMALL_SIZE_DIV - 1) / SMALL_SIZE_DIV)];
        return SIZE_TO_CLASS128[(int) ((size - SMALL_SIZE_MAX + LARGE_SIZE_DIV - 1) / LARGE_SIZE_DIV)];
    }

    /** {@code smallSizeMax}, {@code smallSizeDiv}, {@code largeSizeDiv} of runtime/sizeclasses.go. */
    private static final int SMALL_SIZE_MAX = 1024;
    private static final int SMALL_SIZE_DIV = 8;
    private static final int LARGE_SIZE_DIV = 128;
    private static final int[] SIZE_TO_CLASS8 = new int[SMALL_SIZE_MAX / SMALL_SIZE_DIV + 1];
    private static final int[] SIZE_TO_CLASS128 = new int[(MAX_SMALL_SIZE - SMALL_SIZE_MAX) / LARGE_SIZE_DIV + 1];

    static {
        for (int i = 1; i < SIZE_TO_CLASS8.length; i++) SIZE_TO_CLASS8[i] = search(i * SMALL_SIZE_DIV);
        SIZE_TO_CLASS8[0] = search(1);
        for (int i = 0; i < SIZE_TO_CLASS128.length; i++) SIZE_TO_CLASS128[i] = search(SMALL_SIZE_MAX + i * LARGE_SIZE_DIV);
    }

    /** The smallest class whose size is at least {@code size} (binary search; fills the tables). */
    private static int search(long size) {
        int lo = 1;
        int hi = NUM_SIZE_CLASSES - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (CLASS_TO_SIZE[mid] >= size) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /**
     * {@code roundupsize(size)} (Go 1.19–1.21): the block size {@code mallocgc} would really use for
     * a request of {@code size} bytes. Small sizes round up to a class, large ones to whole pages.
     */
    public static long roundupsize(long size) {
        if (size < MAX_SMALL_SIZE) {
            return size <= 0 ? 0 : CLASS_TO_SIZE[sizeToClass(size)];
        }
        long up = size + PAGE_SIZE - 1;
        if (up < size) return size; // overflow: leave it to the caller's maxAlloc check
        return up & ~(long) (PAGE_SIZE - 1);
    }
}
