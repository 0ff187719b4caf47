package io.gopherscope.rt.slices;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.heap.Heap;
import io.gopherscope.rt.heap.Layout;

/**
 * The slice builtins: {@code make}, {@code append}, {@code copy} and slice literals. Models
 * {@code runtime/slice.go} ({@code makeslice}, {@code growslice} via {@link Growslice},
 * {@code slicecopy}) and the compiler's inline {@code append} (write in place while
 * {@code len + n <= cap}, which is how two slices come to share and overwrite one array),
 * Go 1.17–1.24.
 *
 * <p>A nil slice is {@code null}. Stored struct and array values are copied ({@link Values#copy}),
 * as a memmove of their bytes would.
 *
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/slice.go">runtime/slice.go</a>
 */
public final class SliceOps {
    private SliceOps() {
    }

    /**
     * {@code make([]T, len, cap)} ({@code makeslice}): panics {@code makeslice: len out of range} when
     * {@code len} alone is bad, else {@code makeslice: cap out of range}. The capacity is exactly
     * {@code cap} (only {@code append} exposes size-class rounding). For {@code make([]T, n)} pass
     * {@code cap = len}.
     */
    public static Slice makeslice(Ctx ctx, Type elem, long len, long cap) {
        int size = Values.sizeof(elem);
        if (badSize(size, cap) || len < 0 || len > cap) {
            if (badSize(size, len) || len < 0) {
                throw GoPanic.runtimeError("makeslice: len out of range");
            }
            throw GoPanic.runtimeError("makeslice: cap out of range");
        }
        return new Slice(newArray(ctx, elem, cap), 0, (int) len, (int) cap);
    }

    /** {@code uintptr(n) * size} overflows or exceeds maxAlloc (negative n is a huge uintptr). */
    private static boolean badSize(int size, long n) {
        if (size == 0) return false;
        if (n < 0) return true;
        return n > Growslice.MAX_ALLOC / size;
    }

    /**
     * A zeroed backing array of {@code n} elements on the heap ({@code mallocgc(n*size)}); zero-size
     * arrays sit at zerobase.
     */
    public static GoArray newArray(Ctx ctx, Type elem, long n) {
        Heap heap = ctx.heap();
        int size = Values.sizeof(elem);
        long bytes = n * size;
        if (size == 0) heap.checkFits(n);
        long addr = heap.alloc(bytes, !Layout.hasPointers(elem));
        GoArray a = GoArray.zeroed(elem, Growslice.javaLength(heap, n, bytes));
        a.addr = addr;
        return a;
    }

    /**
     * A slice literal {@code []T{v0, v1, ...}}: a fresh array of exactly {@code len(vals)} elements
     * (no rounding), so {@code []T{}} is a non-nil empty slice at zerobase.
     */
    public static Slice literal(Ctx ctx, Type elem, Object[] vals) {
        GoArray a = newArray(ctx, elem, vals.length);
        for (int i = 0; i < vals.length; i++) {
            a.elems[i] = Values.copy(vals[i]);
        }
        return new Slice(a, 0, vals.length, vals.length);
    }

    /**
     * {@code append(s, vals...)}: stores in place when the capacity allows (the result shares
     * {@code s}'s array), else moves to a new array from {@link Growslice#growslice}. Appending nothing
     * returns {@code s} itself, so a nil slice stays nil.
     */
    public static Slice append(Ctx ctx, Slice s, Type elem, Object[] vals) {
        int n = vals.length;
        if (n == 0) {
            return s;
        }
        int len = s == null ? 0 : s.len;
        long newLen = (long) len + n;
        Slice r;
        if (s != null && newLen <= s.cap) {
            r = new Slice(s.array, s.off, (int) newLen, s.cap);
        } else {
            r = Growslice.growslice(ctx, s, elem, newLen);
        }
        for (int i = 0; i < n; i++) {
            r.set(len + i, Values.copy(vals[i]));
        }
        return r;
    }

    /**
     * {@code append(s, src...)}. The source elements are read before anything is written, so
     * overlapping windows of one array behave like memmove.
     */
    public static Slice appendSlice(Ctx ctx, Slice s, Type elem, Slice src) {
        if (src == null || src.len == 0) {
            return s;
        }
        Object[] vals = new Object[src.len];
        for (int i = 0; i < vals.length; i++) vals[i] = src.get(i);
        return append(ctx, s, elem, vals);
    }

    /** {@code append(b, str...)} for a byte slice {@code b} and a Go byte string. */
    public static Slice appendString(Ctx ctx, Slice s, Type byteType, String str) {
        Object[] vals = new Object[str.length()];
        for (int i = 0; i < vals.length; i++) vals[i] = (long) (str.charAt(i) & 0xff);
        return append(ctx, s, byteType, vals);
    }

    /**
     * {@code copy(dst, src)} ({@code slicecopy}): copies {@code min(len(dst), len(src))} elements and
     * returns that count; overlapping ranges of one array are handled like memmove.
     */
    public static long copy(Slice dst, Slice src) {
        if (dst == null || src == null) return 0;
        int n = Math.min(dst.len, src.len);
        if (n == 0) return 0;
        Object[] tmp = new Object[n];
        for (int i = 0; i < n; i++) tmp[i] = Values.copy(src.get(i));
        for (int i = 0; i < n; i++) dst.set(i, tmp[i]);
        return n;
    }

    /** {@code copy(dst []byte, src string)}. */
    public static long copyFromString(Slice dst, String src) {
        if (dst == null) return 0;
        int n = Math.min(dst.len, src.length());
        for (int i = 0; i < n; i++) dst.set(i, (long) (src.charAt(i) & 0xff));
        return n;
    }

    /** {@code len(s)}, 0 for nil. */
    public static long len(Slice s) {
        return s == null ? 0 : s.len;
    }

    /** {@code cap(s)}, 0 for nil. */
    public static long cap(Slice s) {
        return s == null ? 0 : s.cap;
    }
}
