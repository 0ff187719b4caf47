package io.gopherscope.lang.scanner;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Decodes literal token text into values, as {@code strconv.Unquote}, {@code strconv.UnquoteChar}
 * and {@code go/constant.MakeFromLiteral} do for the type checker.
 *
 * <p>Go strings are byte strings. {@link #unquoteString} returns one Java char per byte
 * (0..255): {@code "é"} becomes {@code "\u00c3\u00a9"}, {@code "\xff"} stays the single char
 * {@code \u00ff}. The input must be a literal the scanner accepted; malformed text (already
 * reported as a syntax error) decodes on a best-effort basis and never throws.
 */
public final class Literals {
    private Literals() {
    }

    /** The byte string denoted by an interpreted ("...") or raw (`...`) string literal. */
    public static String unquoteString(String lit) {
        StringBuilder out = new StringBuilder(lit.length());
        if (lit.startsWith("`")) {
            String body = lit.substring(1, lit.length() > 1 && lit.endsWith("`") ? lit.length() - 1 : lit.length());
            // carriage returns are discarded from raw string values (Go spec)
            appendUtf8(out, body.replace("\r", ""));
            return out.toString();
        }
        int end = lit.length() > 1 && lit.endsWith("\"") ? lit.length() - 1 : lit.length();
        for (int i = 1; i < end; ) {
            int c = lit.codePointAt(i);
            if (c != '\\') {
                appendUtf8(out, c);
                i += Character.charCount(c);
                continue;
            }
            long[] r = escape(lit, i + 1, end);
            if (r[2] != 0) {
                out.append((char) (r[0] & 0xFF)); // \x and octal escapes denote single bytes
            } else {
                appendUtf8(out, (int) r[0]);
            }
            i = (int) r[1];
        }
        return out.toString();
    }

    /** The code point denoted by a rune literal ('a', '\n', '\x41', '\u00e9'). */
    public static long unquoteRune(String lit) {
        if (lit.length() < 2) {
            return 0xFFFD;
        }
        int c = lit.codePointAt(1);
        if (c != '\\') {
            return c;
        }
        return escape(lit, 2, lit.length())[0];
    }

    /** The value of an integer literal: decimal, 0x, 0o, 0b, legacy octal (0777), with '_' separators. */
    public static BigInteger parseInt(String lit) {
        String s = lit.replace("_", "");
        try {
            if (s.length() > 1 && s.charAt(0) == '0') {
                char p = Character.toLowerCase(s.charAt(1));
                if (p == 'x' || p == 'o' || p == 'b') {
                    return new BigInteger(s.substring(2), p == 'x' ? 16 : p == 'o' ? 8 : 2);
                }
                return new BigInteger(s.substring(1), 8);
            }
            return new BigInteger(s);
        } catch (NumberFormatException e) {
            return BigInteger.ZERO; // malformed: the scanner has reported it
        }
    }

    /**
     * The exact value of a float literal (decimal or hexadecimal mantissa), or of an int literal
     * used as a float. A trailing {@code i} (imaginary literal) is ignored, so this also gives the
     * imaginary part; {@code 0123i} is decimal for backward compatibility, as in Go.
     */
    public static BigDecimal parseFloat(String lit) {
        String s = lit.replace("_", "");
        boolean imag = s.endsWith("i");
        if (imag) {
            s = s.substring(0, s.length() - 1);
        }
        boolean hex = s.length() > 1 && s.charAt(0) == '0' && Character.toLowerCase(s.charAt(1)) == 'x';
        try {
            if (hex) {
                return parseHexFloat(s.substring(2));
            }
            boolean isFloat = s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0;
            if (!isFloat && !imag) {
                return new BigDecimal(parseInt(s));
            }
            boolean prefixed = s.length() > 1 && s.charAt(0) == '0' && "oObB".indexOf(s.charAt(1)) >= 0;
            return prefixed ? new BigDecimal(parseInt(s)) : new BigDecimal(s);
        } catch (NumberFormatException | ArithmeticException e) {
            return BigDecimal.ZERO;
        }
    }

    // mantissa hex digits with optional '.', then 'p' and a decimal exponent of two
    private static BigDecimal parseHexFloat(String s) {
        int p = Math.max(s.indexOf('p'), s.indexOf('P'));
        String mant = p >= 0 ? s.substring(0, p) : s;
        int exp = p >= 0 ? Integer.parseInt(s.substring(p + 1).replace("+", "")) : 0;
        int dot = mant.indexOf('.');
        if (dot >= 0) {
            exp -= 4 * (mant.length() - dot - 1);
            mant = mant.substring(0, dot) + mant.substring(dot + 1);
        }
        BigInteger m = mant.isEmpty() ? BigInteger.ZERO : new BigInteger(mant, 16);
        if (exp >= 0) {
            return new BigDecimal(m.shiftLeft(exp));
        }
        // m / 2^k == m * 5^k / 10^k, exactly
        return new BigDecimal(m.multiply(BigInteger.valueOf(5).pow(-exp)), -exp);
    }

    /**
     * Decodes the escape whose first character (after the backslash) is at {@code i}.
     * Returns {value, index after the escape, 1 if the value is a single byte (\x, octal) else 0}.
     */
    private static long[] escape(String lit, int i, int end) {
        if (i >= end) {
            return new long[] {'\\', i, 0};
        }
        char c = lit.charAt(i);
        switch (c) {
            case 'a': return new long[] {7, i + 1, 0};
            case 'b': return new long[] {'\b', i + 1, 0};
            case 'f': return new long[] {'\f', i + 1, 0};
            case 'n': return new long[] {'\n', i + 1, 0};
            case 'r': return new long[] {'\r', i + 1, 0};
            case 't': return new long[] {'\t', i + 1, 0};
            case 'v': return new long[] {11, i + 1, 0};
            case 'x': return number(lit, i + 1, end, 2, 16, 1);
            case 'u': return number(lit, i + 1, end, 4, 16, 0);
            case 'U': return number(lit, i + 1, end, 8, 16, 0);
            default:
                if (c >= '0' && c <= '7') {
                    return number(lit, i, end, 3, 8, 1);
                }
                return new long[] {c, i + 1, 0}; // \\ \' \" (and, leniently, anything else)
        }
    }

    private static long[] number(String lit, int i, int end, int n, int base, int isByte) {
        long x = 0;
        int j = i;
        while (j < end && j < i + n && Character.digit(lit.charAt(j), base) >= 0) {
            x = x * base + Character.digit(lit.charAt(j), base);
            j++;
        }
        if (isByte == 0 && (x > Character.MAX_CODE_POINT || x >= 0xD800 && x < 0xE000)) {
            x = 0xFFFD;
        }
        return new long[] {x, j, isByte};
    }

    private static void appendUtf8(StringBuilder out, String s) {
        s.codePoints().forEach(c -> appendUtf8(out, c));
    }

    /** Appends the UTF-8 bytes of {@code c} as chars 0..255; surrogates become U+FFFD. */
    static void appendUtf8(StringBuilder out, int c) {
        if (c >= 0xD800 && c < 0xE000 || c < 0 || c > Character.MAX_CODE_POINT) {
            c = 0xFFFD;
        }
        if (c < 0x80) {
            out.append((char) c);
        } else if (c < 0x800) {
            out.append((char) (0xC0 | c >> 6)).append((char) (0x80 | c & 0x3F));
        } else if (c < 0x10000) {
            out.append((char) (0xE0 | c >> 12)).append((char) (0x80 | c >> 6 & 0x3F)).append((char) (0x80 | c & 0x3F));
        } else {
            out.append((char) (0xF0 | c >> 18)).append((char) (0x80 | c >> 12 & 0x3F))
                    .append((char) (0x80 | c >> 6 & 0x3F)).append((char) (0x80 | c & 0x3F));
        }
    }

    /**
     * Index of the first misplaced '_' in a number literal, or -1: each '_' must sit between two
     * digits, or between a base prefix and a digit (gc's {@code invalidSep}).
     */
    static int invalidSeparator(String x) {
        boolean hex = false;
        char prev = '.'; // '0' after a digit (or prefix), '_' after a separator, '.' otherwise
        int i = 0;
        if (x.length() >= 2 && x.charAt(0) == '0') {
            char p = Character.toLowerCase(x.charAt(1));
            if (p == 'x' || p == 'o' || p == 'b') {
                hex = p == 'x';
                prev = '0';
                i = 2;
            }
        }
        for (; i < x.length(); i++) {
            char d = x.charAt(i);
            if (d == '_') {
                if (prev != '0') {
                    return i;
                }
                prev = '_';
            } else if (d >= '0' && d <= '9' || hex && Character.digit(d, 16) >= 0) {
                prev = '0';
            } else {
                if (prev == '_') {
                    return i - 1;
                }
                prev = '.';
            }
        }
        return prev == '_' ? x.length() - 1 : -1;
    }
}
