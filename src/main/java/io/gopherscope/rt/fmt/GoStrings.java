package io.gopherscope.rt.fmt;

/**
 * UTF-8 on Go byte strings (Java strings whose chars are bytes 0..255), modelling Go's
 * {@code unicode/utf8} ({@code utf8.go}, Go 1.19–1.24, unchanged): decoding never fails, an
 * invalid or truncated sequence decodes as {@link #RUNE_ERROR} of width 1, surrogate halves and
 * values above {@link #MAX_RUNE} are invalid. The VM uses it for {@code for range} over strings and
 * string/[]rune conversions.
 *
 * <p>{@link #decodeRune} packs its two results in one {@code long} to avoid allocation: use
 * {@link #rune(long)} and {@link #size(long)}.
 */
public final class GoStrings {
    private GoStrings() {
    }

    public static final int RUNE_ERROR = 0xFFFD;
    public static final int RUNE_SELF = 0x80;
    public static final int MAX_RUNE = 0x10FFFF;
    public static final int UTF_MAX = 4;

    /** The rune of a packed {@link #decodeRune} result. */
    public static int rune(long packed) {
        return (int) packed;
    }

    /** The byte width of a packed {@link #decodeRune} result. */
    public static int size(long packed) {
        return (int) (packed >>> 32);
    }

    private static long pack(int rune, int size) {
        return ((long) size << 32) | (rune & 0xFFFFFFFFL);
    }

    /**
     * {@code utf8.DecodeRuneInString(s[i:])}: the rune starting at byte {@code i} and its width.
     * At or past the end it returns (RuneError, 0).
     */
    public static long decodeRune(String s, int i) {
        return decodeRune(s, i, s.length());
    }

    /** {@code utf8.DecodeRuneInString(s[i:n])}. */
    public static long decodeRune(String s, int i, int n) {
        if (i >= n) return pack(RUNE_ERROR, 0);
        int b0 = s.charAt(i) & 0xFF;
        if (b0 < 0x80) return pack(b0, 1);
        if (b0 < 0xC2 || b0 > 0xF4) return pack(RUNE_ERROR, 1);
        if (i + 1 >= n) return pack(RUNE_ERROR, 1);
        int b1 = s.charAt(i + 1) & 0xFF;
        // accept ranges for the second byte, as in utf8.go's acceptRanges table
        int lo = 0x80, hi = 0xBF;
        if (b0 == 0xE0) lo = 0xA0;
        else if (b0 == 0xED) hi = 0x9F;
        else if (b0 == 0xF0) lo = 0x90;
        else if (b0 == 0xF4) hi = 0x8F;
        if (b1 < lo || b1 > hi) return pack(RUNE_ERROR, 1);
        if (b0 < 0xE0) return pack(((b0 & 0x1F) << 6) | (b1 & 0x3F), 2);
        if (i + 2 >= n) return pack(RUNE_ERROR, 1);
        int b2 = s.charAt(i + 2) & 0xFF;
        if (b2 < 0x80 || b2 > 0xBF) return pack(RUNE_ERROR, 1);
        if (b0 < 0xF0) return pack(((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F), 3);
        if (i + 3 >= n) return pack(RUNE_ERROR, 1);
        int b3 = s.charAt(i + 3) & 0xFF;
        if (b3 < 0x80 || b3 > 0xBF) return pack(RUNE_ERROR, 1);
        return pack(((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F), 4);
    }

    /** {@code utf8.DecodeLastRuneInString(s[:end])}: the last rune before byte {@code end} and its width. */
    public static long decodeLastRune(String s, int end) {
        if (end <= 0) return pack(RUNE_ERROR, 0);
        int b = s.charAt(end - 1) & 0xFF;
        if (b < 0x80) return pack(b, 1);
        // scan back to a possible start byte, at most UTFMax bytes
        int lim = Math.max(end - UTF_MAX, 0);
        int start = end - 1;
        for (start--; start >= lim; start--) {
            if (!isContinuation(s.charAt(start))) break;
        }
        if (start < 0) start = 0;
        long r = decodeRune(s, start, end);
        if (start + size(r) != end) return pack(RUNE_ERROR, 1);
        return r;
    }

    private static boolean isContinuation(char c) {
        return (c & 0xC0) == 0x80;
    }

    /** {@code utf8.RuneLen}: bytes needed to encode r, or -1 if r is not a valid rune. */
    public static int runeLen(long r) {
        if (r < 0) return -1;
        if (r < 0x80) return 1;
        if (r < 0x800) return 2;
        if (r >= 0xD800 && r <= 0xDFFF) return -1;
        if (r < 0x10000) return 3;
        if (r <= MAX_RUNE) return 4;
        return -1;
    }

    /** {@code utf8.ValidRune}. */
    public static boolean validRune(long r) {
        return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= MAX_RUNE);
    }

    /** Appends the UTF-8 bytes of r (RuneError for invalid runes), as {@code utf8.AppendRune}. */
    public static StringBuilder appendRune(StringBuilder sb, long r) {
        if (r >= 0 && r < 0x80) return sb.append((char) r);
        if (!validRune(r)) r = RUNE_ERROR;
        int c = (int) r;
        if (c < 0x800) {
            return sb.append((char) (0xC0 | (c >> 6))).append((char) (0x80 | (c & 0x3F)));
        }
        if (c < 0x10000) {
            return sb.append((char) (0xE0 | (c >> 12))).append((char) (0x80 | ((c >> 6) & 0x3F)))
                    .append((char) (0x80 | (c & 0x3F)));
        }
        return sb.append((char) (0xF0 | (c >> 18))).append((char) (0x80 | ((c >> 12) & 0x3F)))
                .append((char) (0x80 | ((c >> 6) & 0x3F))).append((char) (0x80 | (c & 0x3F)));
    }

    /** {@code string(rune(r))}: the UTF-8 encoding of r, or of RuneError when r is invalid. */
    public static String encodeRune(long r) {
        if (r >= 0 && r < 0x80) return String.valueOf((char) r);
        return appendRune(new StringBuilder(4), r).toString();
    }

    /** {@code utf8.RuneCountInString}. */
    public static int runeCount(String s) {
        int n = 0;
        int len = s.length();
        for (int i = 0; i < len; ) {
            char c = s.charAt(i);
            if (c < 0x80) {
                i++;
            } else {
                i += size(decodeRune(s, i));
            }
            n++;
        }
        return n;
    }

    /** {@code utf8.ValidString}. */
    public static boolean valid(String s) {
        int len = s.length();
        for (int i = 0; i < len; ) {
            char c = s.charAt(i);
            if (c < 0x80) {
                i++;
                continue;
            }
            long r = decodeRune(s, i);
            if (rune(r) == RUNE_ERROR && size(r) == 1) return false;
            i += size(r);
        }
        return true;
    }

    /** {@code []rune(s)}. */
    public static int[] toRunes(String s) {
        int[] out = new int[runeCount(s)];
        int k = 0;
        for (int i = 0; i < s.length(); ) {
            long r = decodeRune(s, i);
            out[k++] = rune(r);
            i += size(r);
        }
        return out;
    }

    /** {@code string(runes)}. */
    public static String fromRunes(long[] runes) {
        StringBuilder sb = new StringBuilder(runes.length);
        for (long r : runes) appendRune(sb, r);
        return sb.toString();
    }

    /** Converts Java text (UTF-16) to a Go byte string. */
    public static String fromJava(String javaText) {
        StringBuilder sb = new StringBuilder(javaText.length());
        for (int i = 0; i < javaText.length(); ) {
            int cp = javaText.codePointAt(i);
            appendRune(sb, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Converts a Go byte string to Java text, invalid bytes becoming U+FFFD as Go's range loop sees them. */
    public static String toJava(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            long r = decodeRune(s, i);
            sb.appendCodePoint(rune(r));
            i += size(r);
        }
        return sb.toString();
    }
}
