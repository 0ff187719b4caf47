package io.gopherscope.rt.fmt;

import io.gopherscope.rt.Ctx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * The algorithms of Go's {@code strings} package on byte strings (models {@code strings.go},
 * Go 1.19–1.24): splitting, fields, trimming, replacing, case mapping. Invalid UTF-8 decodes as
 * U+FFFD one byte at a time, as Go's {@code for range} does; {@link #map} writes U+FFFD for it.
 */
public final class StringOps {
    private StringOps() {
    }

    /** {@code strings.Count}: non-overlapping occurrences; runes + 1 for an empty substr. */
    public static int count(String s, String substr) {
        if (substr.isEmpty()) return GoStrings.runeCount(s) + 1;
        int n = 0;
        for (int i = s.indexOf(substr); i >= 0; i = s.indexOf(substr, i + substr.length())) n++;
        return n;
    }

    /**
     * {@code genSplit}: splits after each sep, keeping {@code sepSave} bytes of it, into at most
     * n pieces (n < 0: all). Returns the pieces and, in {@code cap[0]}, the capacity Go allocates.
     */
    public static List<String> genSplit(String s, String sep, int sepSave, int n, int[] cap) {
        List<String> a = new ArrayList<>();
        if (n == 0) {
            cap[0] = -1; // nil
            return a;
        }
        if (sep.isEmpty()) return explode(s, n, cap);
        if (n < 0) n = count(s, sep) + 1;
        if (n > s.length() + 1) n = s.length() + 1;
        cap[0] = n;
        n--;
        int i = 0;
        while (i < n) {
            int m = s.indexOf(sep);
            if (m < 0) break;
            a.add(s.substring(0, m + sepSave));
            s = s.substring(m + sep.length());
            i++;
        }
        a.add(s);
        return a;
    }

    /** Splits s into UTF-8 sequences, at most n (n < 0: all). */
    static List<String> explode(String s, int n, int[] cap) {
        int l = GoStrings.runeCount(s);
        if (n < 0 || n > l) n = l;
        cap[0] = n;
        List<String> a = new ArrayList<>(n);
        int i = 0;
        for (int k = 0; k < n - 1; k++) {
            int size = GoStrings.size(GoStrings.decodeRune(s, i));
            a.add(s.substring(i, i + size));
            i += size;
        }
        if (n > 0) a.add(s.substring(i));
        return a;
    }

    /** {@code strings.FieldsFunc} (and Fields with {@link #isSpace}). */
    public static List<String> fieldsFunc(String s, IntPredicate isSep) {
        List<String> a = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            long d = GoStrings.decodeRune(s, i);
            int size = GoStrings.size(d);
            if (isSep.test(GoStrings.rune(d))) {
                if (start >= 0) {
                    a.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += size;
        }
        if (start >= 0) a.add(s.substring(start));
        return a;
    }

    /** {@code unicode.IsSpace}. */
    public static boolean isSpace(int r) {
        if (r < 0x100) return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
        return r == 0x1680 || (r >= 0x2000 && r <= 0x200a) || r == 0x2028 || r == 0x2029 || r == 0x202f
                || r == 0x205f || r == 0x3000;
    }

    /** {@code strings.IndexRune}. */
    public static int indexRune(String s, long r) {
        if (r >= 0 && r < GoStrings.RUNE_SELF) return s.indexOf((char) r);
        if (r == GoStrings.RUNE_ERROR) {
            for (int i = 0; i < s.length(); ) {
                long d = GoStrings.decodeRune(s, i);
                if (GoStrings.rune(d) == GoStrings.RUNE_ERROR) return i;
                i += GoStrings.size(d);
            }
            return -1;
        }
        if (!GoStrings.validRune(r)) return -1;
        return s.indexOf(GoStrings.encodeRune(r));
    }

    /** {@code strings.IndexAny}. */
    public static int indexAny(String s, String chars) {
        if (chars.isEmpty()) return -1;
        for (int i = 0; i < s.length(); ) {
            long d = GoStrings.decodeRune(s, i);
            if (indexRune(chars, GoStrings.rune(d)) >= 0) return i;
            i += GoStrings.size(d);
        }
        return -1;
    }

    /** {@code strings.LastIndexAny}. */
    public static int lastIndexAny(String s, String chars) {
        if (chars.isEmpty()) return -1;
        for (int i = s.length(); i > 0; ) {
            long d = GoStrings.decodeLastRune(s, i);
            i -= GoStrings.size(d);
            if (indexRune(chars, GoStrings.rune(d)) >= 0) return i;
        }
        return -1;
    }

    /** {@code strings.IndexFunc} / {@code LastIndexFunc} with the truth value wanted. */
    public static int indexFunc(String s, IntPredicate f, boolean last) {
        if (!last) {
            for (int i = 0; i < s.length(); ) {
                long d = GoStrings.decodeRune(s, i);
                if (f.test(GoStrings.rune(d))) return i;
                i += GoStrings.size(d);
            }
        } else {
            for (int i = s.length(); i > 0; ) {
                long d = GoStrings.decodeLastRune(s, i);
                i -= GoStrings.size(d);
                if (f.test(GoStrings.rune(d))) return i;
            }
        }
        return -1;
    }

    /** Trims leading runes matching f. */
    public static String trimLeftFunc(String s, IntPredicate f) {
        int i = 0;
        while (i < s.length()) {
            long d = GoStrings.decodeRune(s, i);
            if (!f.test(GoStrings.rune(d))) break;
            i += GoStrings.size(d);
        }
        return s.substring(i);
    }

    /** Trims trailing runes matching f. */
    public static String trimRightFunc(String s, IntPredicate f) {
        int i = s.length();
        while (i > 0) {
            long d = GoStrings.decodeLastRune(s, i);
            if (!f.test(GoStrings.rune(d))) break;
            i -= GoStrings.size(d);
        }
        return s.substring(0, i);
    }

    /** The predicate "r is in cutset". */
    public static IntPredicate inCutset(String cutset) {
        return r -> indexRune(cutset, r) >= 0;
    }

    /** {@code strings.Replace}. */
    public static String replace(String s, String old, String nw, int n) {
        if (old.equals(nw) || n == 0) return s;
        int m = count(s, old);
        if (m == 0) return s;
        if (n < 0 || m < n) n = m;
        StringBuilder b = new StringBuilder(s.length() + n * (nw.length() - old.length()));
        int start = 0;
        for (int i = 0; i < n; i++) {
            int j = start;
            if (old.isEmpty()) {
                if (i > 0) j += GoStrings.size(GoStrings.decodeRune(s, start));
            } else {
                j += s.indexOf(old, start) - start;
            }
            b.append(s, start, j).append(nw);
            start = j + old.length();
        }
        b.append(s, start, s.length());
        return b.toString();
    }

    /** {@code strings.Map}: a negative mapping drops the rune; invalid bytes become U+FFFD. */
    public static String map(IntUnaryOperator mapping, String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            long d = GoStrings.decodeRune(s, i);
            int r = mapping.applyAsInt(GoStrings.rune(d));
            if (r >= 0) GoStrings.appendRune(b, r);
            i += GoStrings.size(d);
        }
        return b.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /** {@code strings.ToUpper}. */
    public static String toUpper(String s) {
        if (isAscii(s)) return s.toUpperCase(java.util.Locale.ROOT);
        return map(StringOps::upper, s);
    }

    /** {@code strings.ToLower}. */
    public static String toLower(String s) {
        if (isAscii(s)) return s.toLowerCase(java.util.Locale.ROOT);
        return map(StringOps::lower, s);
    }

    /** {@code unicode.ToUpper} (simple case mapping). */
    public static int upper(int r) {
        return r < 0 || r > GoStrings.MAX_RUNE ? r : Character.toUpperCase(r);
    }

    /** {@code unicode.ToLower}. */
    public static int lower(int r) {
        return r < 0 || r > GoStrings.MAX_RUNE ? r : Character.toLowerCase(r);
    }

    /** {@code strings.Title} (deprecated in Go, still common in teaching code). */
    public static String title(String s) {
        int[] prev = {' '};
        return map(r -> {
            boolean sep = isSeparator(prev[0]);
            prev[0] = r;
            return sep ? Character.toTitleCase(r) : r;
        }, s);
    }

    private static boolean isSeparator(int r) {
        if (r <= 0x7F) {
            if (('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || r == '_') return false;
            return true;
        }
        if (Character.isLetter(r) || Character.isDigit(r)) return false;
        return isSpace(r);
    }

    /** {@code strings.EqualFold}: equal under simple Unicode case folding. */
    public static boolean equalFold(String s, String t) {
        int i = 0, j = 0;
        while (i < s.length() && j < t.length()) {
            long a = GoStrings.decodeRune(s, i);
            long b = GoStrings.decodeRune(t, j);
            i += GoStrings.size(a);
            j += GoStrings.size(b);
            int r1 = GoStrings.rune(a), r2 = GoStrings.rune(b);
            if (r1 == r2) continue;
            if (Character.toLowerCase(r1) == Character.toLowerCase(r2)
                    || Character.toUpperCase(r1) == Character.toUpperCase(r2)) {
                continue;
            }
            return false;
        }
        return i == s.length() && j == t.length();
    }

    /** {@code strings.Repeat}. */
    public static String repeat(String s, long count) {
        if (count == 0) return "";
        if (count < 0) throw StdTypes.panicString("strings: negative Repeat count");
        if ((long) s.length() * count / count != s.length() || (long) s.length() * count > Integer.MAX_VALUE - 16) {
            throw StdTypes.panicString("strings: Repeat output length overflow");
        }
        return s.repeat((int) count);
    }

    /** {@code strings.NewReplacer(...).Replace(s)}: at each position the first matching pair wins. */
    public static String replaceAll(Ctx ctx, String[] oldnew, String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        boolean emptyOld = false;
        String emptyNew = null;
        for (int k = 0; k < oldnew.length; k += 2) {
            if (oldnew[k].isEmpty() && !emptyOld) {
                emptyOld = true;
                emptyNew = oldnew[k + 1];
            }
        }
        while (i <= s.length()) {
            boolean matched = false;
            for (int k = 0; k < oldnew.length; k += 2) {
                String old = oldnew[k];
                if (!old.isEmpty() && s.startsWith(old, i)) {
                    b.append(oldnew[k + 1]);
                    i += old.length();
                    matched = true;
                    break;
                }
            }
            if (matched) continue;
            if (emptyOld) b.append(emptyNew);
            if (i < s.length()) b.append(s.charAt(i));
            i++;
        }
        return b.toString();
    }
}
