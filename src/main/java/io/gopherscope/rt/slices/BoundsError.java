package io.gopherscope.rt.slices;

import io.gopherscope.rt.GoPanic;

/**
 * {@code runtime.boundsError} (runtime/error.go, Go 1.19–1.24): the failed check, the offending
 * value {@code x} and the limit {@code y}, formatted exactly as Go prints them. A negative signed
 * {@code x} uses the short form without the limit ({@code index out of range [-1]}).
 *
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/error.go">runtime/error.go</a>
 */
public final class BoundsError {
    private BoundsError() {
    }

    /** {@code boundsErrorCode}: which check failed. */
    public enum Code {
        /** {@code s[x]}: 0 &lt;= x &lt; y failed. */
        INDEX("index out of range [%x] with length %y", "index out of range [%x]"),
        /** {@code s[?:x]}: x &lt;= len(y) failed (strings, arrays). */
        SLICE_ALEN("slice bounds out of range [:%x] with length %y", "slice bounds out of range [:%x]"),
        /** {@code s[?:x]}: x &lt;= cap(y) failed (slices). */
        SLICE_ACAP("slice bounds out of range [:%x] with capacity %y", "slice bounds out of range [:%x]"),
        /** {@code s[x:y]}: x &lt;= y failed. */
        SLICE_B("slice bounds out of range [%x:%y]", "slice bounds out of range [%x:]"),
        /** {@code s[?:?:x]}: x &lt;= len(y) failed (arrays). */
        SLICE3_ALEN("slice bounds out of range [::%x] with length %y", "slice bounds out of range [::%x]"),
        /** {@code s[?:?:x]}: x &lt;= cap(y) failed (slices). */
        SLICE3_ACAP("slice bounds out of range [::%x] with capacity %y", "slice bounds out of range [::%x]"),
        /** {@code s[?:x:y]}: x &lt;= y failed. */
        SLICE3_B("slice bounds out of range [:%x:%y]", "slice bounds out of range [:%x:]"),
        /** {@code s[x:y:?]}: x &lt;= y failed. */
        SLICE3_C("slice bounds out of range [%x:%y:]", "slice bounds out of range [%x::]"),
        /** {@code (*[x]T)(s)} with len(s) = y &lt; x (Go 1.17+). */
        CONVERT("cannot convert slice with length %y to pointer to array with length %x",
                "cannot convert slice with length %y to pointer to array with length %x");

        final String fmt;
        final String negFmt;

        Code(String fmt, String negFmt) {
            this.fmt = fmt;
            this.negFmt = negFmt;
        }
    }

    /** The message without the {@code runtime error: } prefix. */
    public static String format(Code code, long x, boolean signed, long y) {
        boolean neg = signed && x < 0;
        String f = neg ? code.negFmt : code.fmt;
        String xs = signed ? Long.toString(x) : Long.toUnsignedString(x);
        return f.replace("%x", xs).replace("%y", Long.toString(y));
    }

    /** The panic for a failed check with a signed (int) {@code x}. */
    public static GoPanic panic(Code code, long x, long y) {
        return GoPanic.bounds(format(code, x, true, y));
    }

    /** The panic for a failed check; {@code signed} is false when x has an unsigned type. */
    public static GoPanic panic(Code code, long x, boolean signed, long y) {
        return GoPanic.bounds(format(code, x, signed, y));
    }
}
