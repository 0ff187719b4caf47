package io.gopherscope.rt.slices;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.heap.Heap;
import io.gopherscope.rt.heap.HeapLimitException;
import io.gopherscope.rt.heap.Layout;
import io.gopherscope.rt.heap.SizeClasses;

/**
 * {@code growslice}: the slow path of {@code append} when the capacity is too small. Models
 * {@code runtime/slice.go} ({@code growslice}, Go 1.22's {@code nextslicecap}) and
 * {@code runtime/msize.go} ({@code roundupsize}), with the formula chosen by Go version:
 * <ul>
 * <li>Go &lt; 1.18: double while the old capacity is below 1024, then grow by 1/4 (the Go 1.16–1.17
 *     form, which tests the capacity; older releases tested the length);</li>
 * <li>Go 1.18+: double below 256, then {@code newcap += (newcap + 3*256) / 4} (a smooth transition);</li>
 * <li>Go 1.22+: {@code roundupsize} adds an 8-byte malloc header for pointerful requests over 512
 *     bytes, which changes the caps of slices of pointers, strings and pointerful structs.</li>
 * </ul>
 * The requested capacity is then rounded up to the size class the allocator really hands out, and
 * the final capacity is what fits in it ({@code cap = roundupsize(newcap*size) / size}).
 *
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/slice.go">runtime/slice.go (1.19)</a>
 * @see <a href="https://github.com/golang/go/blob/go1.22.0/src/runtime/msize_allocheaders.go">msize (1.22)</a>
 */
public final class Growslice {
    private Growslice() {
    }

    /** {@code maxAlloc} on 64-bit Linux: 1 &lt;&lt; 48 bytes. */
    public static final long MAX_ALLOC = 1L << 48;
    /** {@code minSizeForMallocHeader} (Go 1.22+): pointerful objects above this get a header. */
    static final long MIN_SIZE_FOR_MALLOC_HEADER = 512;
    /** {@code mallocHeaderSize} (Go 1.22+). */
    static final long MALLOC_HEADER_SIZE = 8;

    /** {@code nextslicecap}: the capacity before size-class rounding, by Go version. */
    public static long nextslicecap(long newLen, long oldCap, int goMinor) {
        long newcap = oldCap;
        long doublecap = newcap + newcap;
        if (newLen > doublecap) {
            return newLen;
        }
        if (goMinor < 18) {
            if (oldCap < 1024) {
                return doublecap;
            }
            while (0 < newcap && newcap < newLen) {
                newcap += newcap / 4;
            }
            return newcap <= 0 ? newLen : newcap;
        }
        final long threshold = 256;
        if (oldCap < threshold) {
            return doublecap;
        }
        while (true) {
            // transition from 2x for small slices to 1.25x for large ones
            newcap += (newcap + 3 * threshold) >> 2;
            if (Long.compareUnsigned(newcap, newLen) >= 0) break;
        }
        return newcap <= 0 ? newLen : newcap;
    }

    /**
     * {@code roundupsize(size, noscan)}: the usable size of the block {@code mallocgc} returns for a
     * request of {@code size} bytes. From Go 1.22 a pointerful ({@code !noscan}) request over 512 bytes
     * needs an 8-byte header inside the block, so the usable size is the class size minus 8.
     */
    public static long roundupsize(long size, boolean noscan, int goMinor) {
        if (goMinor < 22) {
            return SizeClasses.roundupsize(size);
        }
        long reqSize = size;
        if (reqSize <= SizeClasses.MAX_SMALL_SIZE - MALLOC_HEADER_SIZE) {
            if (!noscan && reqSize > MIN_SIZE_FOR_MALLOC_HEADER) {
                reqSize += MALLOC_HEADER_SIZE;
            }
            if (reqSize == 0) return 0;
            return SizeClasses.classSize(SizeClasses.sizeToClass(reqSize)) - (reqSize - size);
        }
        reqSize += SizeClasses.PAGE_SIZE - 1;
        if (reqSize < size) return size;
        return reqSize & ~(long) (SizeClasses.PAGE_SIZE - 1);
    }

    /**
     * {@code growslice}: a new backing array for {@code old} (may be nil) big enough for
     * {@code newLen} elements. The first {@code len(old)} elements are copied, the rest are zero;
     * the result has length {@code newLen} and the rounded capacity. The caller stores the appended
     * values at {@code [len(old), newLen)}.
     */
    public static Slice growslice(Ctx ctx, Slice old, Type elem, long newLen) {
        int oldLen = old == null ? 0 : old.len;
        int oldCap = old == null ? 0 : old.cap;
        int goMinor = ctx.goMinor();
        if (newLen < 0) {
            // newLen overflowed int: 1.20+ says len, 1.19 found cap < old.cap
            throw GoPanic.runtimeError(goMinor >= 20 ? "growslice: len out of range" : "growslice: cap out of range");
        }
        int size = Values.sizeof(elem);
        Heap heap = ctx.heap();
        ctx.event("growslice");
        if (size == 0) {
            // append should not create a slice with nil pointer but non-zero len: use zerobase
            heap.checkFits(newLen);
            GoArray a = grown(elem, javaLength(heap, newLen, newLen), old, oldLen);
            a.addr = Heap.ZEROBASE;
            return new Slice(a, 0, (int) newLen, (int) newLen);
        }
        long newcap = nextslicecap(newLen, oldCap, goMinor);
        boolean noscan = !Layout.hasPointers(elem);
        if (newcap > MAX_ALLOC / size) {
            throw GoPanic.runtimeError("growslice: cap out of range");
        }
        long capmem = roundupsize(newcap * size, noscan, goMinor);
        if (capmem > MAX_ALLOC) {
            throw GoPanic.runtimeError("growslice: cap out of range");
        }
        newcap = capmem / size;
        long addr = heap.alloc(newcap * size, noscan);
        GoArray a = grown(elem, javaLength(heap, newcap, capmem), old, oldLen);
        a.addr = addr;
        return new Slice(a, 0, (int) newLen, (int) newcap);
    }

    /** Java arrays are int-indexed: refuse (as a heap limit) what no simulation budget should allow. */
    static int javaLength(Heap heap, long n, long bytes) {
        if (n > Integer.MAX_VALUE - 16) {
            throw new HeapLimitException(bytes, heap.allocatedBytes(), heap.maxBytes());
        }
        return (int) n;
    }

    /**
     * The new backing array: the old slice's first {@code n} elements (memmove), zero values after
     * them. Immutable element values (numbers, strings, pointers) are shared, so they are copied
     * with one array copy; arrays and structs are deep-copied one by one.
     */
    private static GoArray grown(Type elem, int length, Slice old, int n) {
        Object[] e = new Object[length];
        if (Values.needsCopy(elem)) {
            for (int i = 0; i < n; i++) e[i] = Values.copy(old.get(i));
            for (int i = n; i < length; i++) e[i] = Values.zero(elem);
        } else {
            if (n > 0) System.arraycopy(old.array.elems, old.off, e, 0, n);
            if (n < length) java.util.Arrays.fill(e, n, length, Values.zero(elem));
        }
        return new GoArray(elem, Values.sizeof(elem), e);
    }
}
