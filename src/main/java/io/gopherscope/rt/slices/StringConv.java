package io.gopherscope.rt.slices;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.heap.GoArray;

/**
 * Conversions between strings and byte/rune slices. Models {@code runtime/string.go}
 * ({@code slicebytetostring}, {@code stringtoslicebyte}, {@code stringtoslicerune},
 * {@code slicerunetostring}, {@code intstring}) and {@code runtime/utf8.go} ({@code decoderune},
 * {@code encoderune}), Go 1.19–1.24. Strings are Go byte strings (chars 0..255).
 *
 * <p>Invalid UTF-8 decodes to U+FFFD with width 1; invalid runes (negative, surrogates, above
 * U+10FFFF) encode as U+FFFD. New slices get the capacity {@code rawbyteslice}/{@code rawruneslice}
 * give a heap allocation: the size-class rounded size ({@code []byte(s)} for a 5-byte {@code s} has
 * cap 8). Go uses a 32-byte stack buffer instead when the result does not escape; this simulator has
 * no escape analysis and always models the heap case. A constant string is converted by the
 * compiler into a new array of exactly its length, so {@code []byte("hello")} has cap 5.
 *
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/string.go">runtime/string.go</a>
 */
public final class StringConv {
    private StringConv() {
    }

    /** {@code utf8.RuneError}. */
    public static final int RUNE_ERROR = 0xFFFD;

    /** {@code string(b)} for a byte slice. */
    public static String bytesToString(Slice b) {
        if (b == null || b.len == 0) return "";
        char[] c = new char[b.len];
        for (int i = 0; i < c.length; i++) c[i] = (char) (((Long) b.get(i)) & 0xff);
        return new String(c);
    }

    /** {@code []byte(s)} ({@code rawbyteslice}: cap = roundupsize(len)). */
    public static Slice stringToBytes(Ctx ctx, String s) {
        return stringToBytes(ctx, s, false);
    }

    /** {@code []byte(s)}; {@code exact}: s is a constant, cap = len (gc allocates a [len]byte). */
    public static Slice stringToBytes(Ctx ctx, String s, boolean exact) {
        int n = s.length();
        long cap = exact ? n : Growslice.roundupsize(n, true, ctx.goMinor());
        GoArray a = SliceOps.newArray(ctx, Basic.UINT8, cap);
        for (int i = 0; i < n; i++) a.elems[i] = (long) (s.charAt(i) & 0xff);
        return new Slice(a, 0, n, (int) cap);
    }

    /** {@code []rune(s)} ({@code rawruneslice}: cap = roundupsize(4*count)/4). */
    public static Slice stringToRunes(Ctx ctx, String s) {
        return stringToRunes(ctx, s, false);
    }

    /** {@code []rune(s)}; {@code exact}: s is a constant, cap = rune count. */
    public static Slice stringToRunes(Ctx ctx, String s, boolean exact) {
        int count = 0;
        for (int k = 0; k < s.length(); count++) k += (int) (decodeRune(s, k) >>> 32);
        long mem = exact ? 4L * count : Growslice.roundupsize(4L * count, true, ctx.goMinor());
        GoArray a = SliceOps.newArray(ctx, Basic.INT32, mem / 4);
        int i = 0;
        for (int k = 0; k < s.length(); i++) {
            long rw = decodeRune(s, k);
            a.elems[i] = (long) (int) rw;
            k += (int) (rw >>> 32);
        }
        return new Slice(a, 0, count, (int) (mem / 4));
    }

    /** {@code string(rs)} for a rune slice. */
    public static String runesToString(Slice rs) {
        if (rs == null) return "";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rs.len; i++) encodeRune(sb, (Long) rs.get(i));
        return sb.toString();
    }

    /** {@code string(rune(v))} / {@code string(v)} for an integer ({@code intstring}). */
    public static String runeToString(long v) {
        StringBuilder sb = new StringBuilder(4);
        encodeRune(sb, v == (int) v ? v : RUNE_ERROR);
        return sb.toString();
    }

    /**
     * {@code decoderune(s, k)}: the rune starting at byte {@code k} and its width, packed as
     * {@code width << 32 | (rune & 0xffffffff)}. Invalid or short sequences give (U+FFFD, 1).
     * Precondition: {@code k < len(s)}.
     */
    public static long decodeRune(String s, int k) {
        int n = s.length() - k;
        int b0 = s.charAt(k) & 0xff;
        if (b0 < 0x80) return pack(b0, 1);
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        int r;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 2;
            r = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 3;
            r = b0 & 0x0F;
            if (b0 == 0xE0) lo = 0xA0;
            if (b0 == 0xED) hi = 0x9F; // no surrogates
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 4;
            r = b0 & 0x07;
            if (b0 == 0xF0) lo = 0x90;
            if (b0 == 0xF4) hi = 0x8F; // nothing above U+10FFFF
        } else {
            return pack(RUNE_ERROR, 1);
        }
        if (n < need) {
            // a short sequence still reports width 1, even if its prefix is valid
            return pack(RUNE_ERROR, 1);
        }
        for (int i = 1; i < need; i++) {
            int b = s.charAt(k + i) & 0xff;
            int l = i == 1 ? lo : 0x80;
            int h = i == 1 ? hi : 0xBF;
            if (b < l || b > h) return pack(RUNE_ERROR, 1);
            r = r << 6 | (b & 0x3F);
        }
        return pack(r, need);
    }

    private static long pack(int rune, int width) {
        return (long) width << 32 | (rune & 0xffffffffL);
    }

    /** {@code encoderune}: appends the UTF-8 bytes of {@code r} (invalid runes as U+FFFD). */
    public static void encodeRune(StringBuilder sb, long r) {
        int c = (int) r;
        if (r != c || c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = RUNE_ERROR;
        if (c < 0x80) {
            sb.append((char) c);
        } else if (c < 0x800) {
            sb.append((char) (0xC0 | c >> 6)).append((char) (0x80 | c & 0x3F));
        } else if (c < 0x10000) {
            sb.append((char) (0xE0 | c >> 12)).append((char) (0x80 | c >> 6 & 0x3F)).append((char) (0x80 | c & 0x3F));
        } else {
            sb.append((char) (0xF0 | c >> 18)).append((char) (0x80 | c >> 12 & 0x3F))
                    .append((char) (0x80 | c >> 6 & 0x3F)).append((char) (0x80 | c & 0x3F));
        }
    }
}
