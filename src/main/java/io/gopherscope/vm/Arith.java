package io.gopherscope.vm;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.rt.GoPanic;

/** Integer arithmetic with Go's wrap-around per width, and Go's division and shift rules. */
public final class Arith {
    private Arith() {
    }

    public static long wrap(long v, Basic.Kind k) {
        return switch (k) {
            case INT8 -> (byte) v;
            case INT16 -> (short) v;
            case INT32 -> (int) v;
            case UINT8 -> v & 0xffL;
            case UINT16 -> v & 0xffffL;
            case UINT32 -> v & 0xffffffffL;
            default -> v;
        };
    }

    public static long div(long a, long b, boolean unsigned) {
        if (b == 0) throw GoPanic.runtimeError("integer divide by zero");
        if (unsigned) return Long.divideUnsigned(a, b);
        if (b == -1) return -a; // MinInt64 / -1 wraps
        return a / b;
    }

    public static long rem(long a, long b, boolean unsigned) {
        if (b == 0) throw GoPanic.runtimeError("integer divide by zero");
        if (unsigned) return Long.remainderUnsigned(a, b);
        if (b == -1) return 0;
        return a % b;
    }

    /** {@code a << s} for a value of width {@code bits}; the count is unsigned per Go's rules. */
    public static long shl(long a, long s, boolean countUnsigned) {
        if (!countUnsigned && s < 0) throw GoPanic.runtimeError("negative shift amount");
        if (s < 0 || s >= 64) return 0;
        return a << s;
    }

    public static long shr(long a, long s, boolean unsigned, boolean countUnsigned) {
        if (!countUnsigned && s < 0) throw GoPanic.runtimeError("negative shift amount");
        if (s < 0 || s >= 64) return unsigned ? 0 : (a < 0 ? -1 : 0);
        return unsigned ? a >>> s : a >> s;
    }

    public static int compare(long a, long b, boolean unsigned) {
        return unsigned ? Long.compareUnsigned(a, b) : Long.compare(a, b);
    }

    /** Float to integer conversion (Go's behaviour for out-of-range values is implementation-defined; amd64 gives MinInt64). */
    public static long f2i(double d, Basic.Kind k) {
        if (Double.isNaN(d)) return wrap(Long.MIN_VALUE, k);
        if (k == Basic.Kind.UINT64 || k == Basic.Kind.UINT || k == Basic.Kind.UINTPTR) {
            if (d >= 9.223372036854775807E18) return (long) (d - 9.223372036854775807E18) + Long.MIN_VALUE;
            return (long) d;
        }
        if (d >= 9.223372036854775807E18 || d < -9.223372036854775808E18) return wrap(Long.MIN_VALUE, k);
        return wrap((long) d, k);
    }

    public static double i2f(long v, boolean unsigned) {
        if (unsigned && v < 0) {
            return (double) (v >>> 1) * 2.0 + (v & 1);
        }
        return (double) v;
    }
}
