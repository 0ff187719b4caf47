package io.gopherscope.rt.slices;

import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.heap.GoArray;

import static io.gopherscope.rt.slices.BoundsError.Code.INDEX;
import static io.gopherscope.rt.slices.BoundsError.Code.SLICE3_ACAP;
import static io.gopherscope.rt.slices.BoundsError.Code.SLICE3_ALEN;
import static io.gopherscope.rt.slices.BoundsError.Code.SLICE3_B;
import static io.gopherscope.rt.slices.BoundsError.Code.SLICE3_C;
import static io.gopherscope.rt.slices.BoundsError.Code.SLICE_ACAP;
import static io.gopherscope.rt.slices.BoundsError.Code.SLICE_ALEN;
import static io.gopherscope.rt.slices.BoundsError.Code.SLICE_B;

/**
 * Index and slice expressions with the compiler's bounds checks ({@code panicIndex},
 * {@code panicSliceAcap}, ... in runtime/panic.go; messages from {@link BoundsError}), Go 1.17–1.24.
 *
 * <p>Checks run from the high bound down, as the compiler emits them: {@code s[lo:hi]} checks
 * {@code hi <= cap} then {@code lo <= hi}; {@code s[lo:hi:max]} checks {@code max <= cap},
 * {@code hi <= max}, {@code lo <= hi}. Comparisons are unsigned, so a negative bound fails the first
 * check it meets. Omitted bounds are passed explicitly: {@code lo = 0}, {@code hi = len} (for
 * {@code s[5:]} on length 3 Go reports {@code [5:3]}). Index values are taken as signed ints.
 *
 * <p>Results: {@code len = hi - lo}, {@code cap = max - lo} (or {@code cap - lo}); a result with
 * capacity 0 keeps the old base pointer (Go never points past the end of an array).
 */
public final class Bounds {
    private Bounds() {
    }

    /** {@code 0 <= i < len} or panic {@code index out of range [i] with length len}; returns i. */
    public static int index(long i, long len) {
        if (i < 0 || i >= len) {
            throw BoundsError.panic(INDEX, i, len);
        }
        return (int) i;
    }

    /** As {@link #index(long, long)}, for an index of unsigned type when {@code signed} is false. */
    public static int index(long i, boolean signed, long len) {
        if (Long.compareUnsigned(i, len) >= 0) {
            throw BoundsError.panic(INDEX, i, signed, len);
        }
        return (int) i;
    }

    /** {@code s[i]} of a slice (nil has length 0); returns the element. */
    public static Object get(Slice s, long i) {
        return s.get(index(i, s == null ? 0 : s.len));
    }

    /** {@code s[i] = v} of a slice. */
    public static void set(Slice s, long i, Object v) {
        s.set(index(i, s == null ? 0 : s.len), v);
    }

    /** {@code s[i]} of a string: the byte as an int. */
    public static long byteAt(String s, long i) {
        return s.charAt(index(i, s.length())) & 0xff;
    }

    /** {@code s[lo:hi]} or {@code s[lo:hi:max]} of a slice; nil{@code [0:0]} stays nil. */
    public static Slice slice(Slice s, long lo, long hi, long max, boolean has3) {
        int cap = s == null ? 0 : s.cap;
        long newcap;
        if (has3) {
            if (max < 0 || max > cap) throw BoundsError.panic(SLICE3_ACAP, max, cap);
            if (hi < 0 || hi > max) throw BoundsError.panic(SLICE3_B, hi, max);
            if (lo < 0 || lo > hi) throw BoundsError.panic(SLICE3_C, lo, hi);
            newcap = max - lo;
        } else {
            if (hi < 0 || hi > cap) throw BoundsError.panic(SLICE_ACAP, hi, cap);
            if (lo < 0 || lo > hi) throw BoundsError.panic(SLICE_B, lo, hi);
            newcap = cap - lo;
        }
        if (s == null) {
            return null;
        }
        int off = newcap == 0 ? s.off : s.off + (int) lo;
        return new Slice(s.array, off, (int) (hi - lo), (int) newcap);
    }

    /** {@code s[lo:]}: shorthand for {@code slice(s, lo, len(s), 0, false)}. */
    public static Slice sliceFrom(Slice s, long lo) {
        return slice(s, lo, s == null ? 0 : s.len, 0, false);
    }

    /**
     * {@code a[lo:hi]} / {@code a[lo:hi:max]} of an addressable array (or through a pointer to one):
     * capacity is the array length and messages say "with length". The array is placed on the heap
     * if it has no address yet, since it now backs a slice.
     */
    public static Slice sliceArray(Ctx ctx, GoArray a, long lo, long hi, long max, boolean has3) {
        int len = a.length();
        long newcap;
        if (has3) {
            if (max < 0 || max > len) throw BoundsError.panic(SLICE3_ALEN, max, len);
            if (hi < 0 || hi > max) throw BoundsError.panic(SLICE3_B, hi, max);
            if (lo < 0 || lo > hi) throw BoundsError.panic(SLICE3_C, lo, hi);
            newcap = max - lo;
        } else {
            if (hi < 0 || hi > len) throw BoundsError.panic(SLICE_ALEN, hi, len);
            if (lo < 0 || lo > hi) throw BoundsError.panic(SLICE_B, lo, hi);
            newcap = len - lo;
        }
        a.place(ctx.heap());
        int off = newcap == 0 ? 0 : (int) lo;
        return new Slice(a, off, (int) (hi - lo), (int) newcap);
    }

    /** {@code s[lo:hi]} of a string (a substring sharing the bytes, in Go). */
    public static String sliceString(String s, long lo, long hi) {
        int len = s.length();
        if (hi < 0 || hi > len) throw BoundsError.panic(SLICE_ALEN, hi, len);
        if (lo < 0 || lo > hi) throw BoundsError.panic(SLICE_B, lo, hi);
        return s.substring((int) lo, (int) hi);
    }

    /**
     * {@code (*[n]T)(s)} (Go 1.17+) and {@code [n]T(s)} (Go 1.20+): panics {@code cannot convert slice
     * with length len(s) to pointer to array with length n}; Go 1.20+ says "to array or pointer to array".
     */
    public static void checkConvert(Slice s, long n, int goMinor) {
        long len = s == null ? 0 : s.len;
        if (len < n) {
            String target = goMinor >= 20 ? "array or pointer to array" : "pointer to array";
            throw io.gopherscope.rt.GoPanic.bounds("cannot convert slice with length " + len + " to " + target
                    + " with length " + n);
        }
    }
}
