package io.gopherscope.rt.fmt;

/**
 * The raw formatter behind Printf (models {@code fmt/format.go}'s {@code fmt} type, Go 1.19–1.24):
 * flags, width and precision, and the formatting of basic items (integers, strings, quoted
 * strings, floats) into the printer's byte buffer with padding. All strings are Go byte strings.
 */
final class Fmt {
    static final String LDIGITS = "0123456789abcdefx";
    static final String UDIGITS = "0123456789ABCDEFX";

    final StringBuilder buf;

    int wid;
    int prec;
    boolean widPresent;
    boolean precPresent;
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    /** %+v and %#v: set at the top level, cleared plus/sharp. */
    boolean plusV;
    boolean sharpV;

    Fmt(StringBuilder buf) {
        this.buf = buf;
    }

    void clearflags() {
        wid = 0;
        prec = 0;
        widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
    }

    /** A snapshot of the flags, for code that must restore them (catchPanic). */
    Object[] saveFlags() {
        return new Object[]{wid, prec, widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV};
    }

    void restoreFlags(Object[] s) {
        wid = (Integer) s[0];
        prec = (Integer) s[1];
        widPresent = (Boolean) s[2];
        precPresent = (Boolean) s[3];
        minus = (Boolean) s[4];
        plus = (Boolean) s[5];
        sharp = (Boolean) s[6];
        space = (Boolean) s[7];
        zero = (Boolean) s[8];
        plusV = (Boolean) s[9];
        sharpV = (Boolean) s[10];
    }

    void writePadding(int n) {
        if (n <= 0) return;
        char padByte = zero && !minus ? '0' : ' ';
        for (int i = 0; i < n; i++) buf.append(padByte);
    }

    /** Appends s padded to the width (counted in runes) on the left, or on the right with '-'. */
    void pad(CharSequence s) {
        if (!widPresent || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - GoStrings.runeCount(s.toString());
        if (!minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            writePadding(width);
        }
    }

    void fmtBoolean(boolean v) {
        pad(v ? "true" : "false");
    }

    /** {@code U+0078}, or with '#' {@code U+0078 'x'}. */
    void fmtUnicode(long u) {
        StringBuilder sb = new StringBuilder("U+");
        String hex = Long.toHexString(u).toUpperCase();
        int p = 4;
        if (precPresent && prec > 4) p = prec;
        for (int i = hex.length(); i < p; i++) sb.append('0');
        sb.append(hex);
        if (sharp && u >= 0 && u <= GoStrings.MAX_RUNE && Quote.isPrint((int) u)) {
            sb.append(" '");
            GoStrings.appendRune(sb, u);
            sb.append('\'');
        }
        boolean oldZero = zero;
        zero = false;
        pad(sb);
        zero = oldZero;
    }

    /** Formats u (a 64-bit pattern; negative when isSigned and the value is negative) in base. */
    void fmtInteger(long u, int base, boolean isSigned, char verb, String digits) {
        boolean negative = isSigned && u < 0;
        if (negative) u = -u;
        int precision = 0;
        if (precPresent) {
            precision = prec;
            // precision 0 and value 0 means "print nothing" but padding
            if (precision == 0 && u == 0) {
                boolean oldZero = zero;
                zero = false;
                writePadding(wid);
                zero = oldZero;
                return;
            }
        } else if (zero && !minus && widPresent) {
            precision = wid;
            if (negative || plus || space) precision--; // leave room for the sign
        }
        String num = switch (base) {
            case 10 -> Long.toUnsignedString(u);
            case 16 -> Long.toHexString(u);
            case 8 -> Long.toOctalString(u);
            default -> Long.toBinaryString(u);
        };
        if (digits == UDIGITS) num = num.toUpperCase();
        StringBuilder sb = new StringBuilder(num.length() + 4);
        for (int i = num.length(); i < precision; i++) sb.append('0');
        sb.append(num);
        if (sharp) {
            switch (base) {
                case 2 -> sb.insert(0, "0b");
                case 8 -> {
                    if (sb.charAt(0) != '0') sb.insert(0, '0');
                }
                case 16 -> sb.insert(0, digits.charAt(16)).insert(0, '0');
                default -> {
                }
            }
        }
        if (verb == 'O') sb.insert(0, "0o");
        String body = sb.toString();
        // sign goes before the prefix
        String sign = negative ? "-" : plus ? "+" : space ? " " : "";
        boolean oldZero = zero;
        zero = false;
        pad(sign + body);
        zero = oldZero;
    }

    /** Truncates s to the precision, counted in runes. */
    String truncate(String s) {
        if (precPresent) {
            int n = prec;
            for (int i = 0; i < s.length(); ) {
                n--;
                if (n < 0) return s.substring(0, i);
                i += s.charAt(i) < 0x80 ? 1 : GoStrings.size(GoStrings.decodeRune(s, i));
            }
        }
        return s;
    }

    void fmtS(String s) {
        pad(truncate(s));
    }

    /** Hex encoding of the bytes of s, with ' ' separating and '#' adding 0x. */
    void fmtSbx(String s, String digits) {
        int length = s.length();
        if (precPresent && prec < length) length = prec;
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) width *= 2;
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) writePadding(wid);
            return;
        }
        if (widPresent && wid > width && !minus) writePadding(wid - width);
        if (sharp) buf.append('0').append(digits.charAt(16));
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.append(' ');
                if (sharp) buf.append('0').append(digits.charAt(16));
            }
            int c = s.charAt(i) & 0xFF;
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
        }
        if (widPresent && wid > width && minus) writePadding(wid - width);
    }

    /** A double-quoted Go string, or back-quoted with '#' when possible; '+' quotes to ASCII. */
    void fmtQ(String s) {
        s = truncate(s);
        if (sharp && Quote.canBackquote(s)) {
            pad("`" + s + "`");
            return;
        }
        pad(Quote.quote(s, plus));
    }

    /** The character with code c (RuneError when c is out of range). */
    void fmtC(long c) {
        long r = Long.compareUnsigned(c, GoStrings.MAX_RUNE) > 0 ? GoStrings.RUNE_ERROR : c;
        pad(GoStrings.encodeRune(r));
    }

    /** A single-quoted Go character literal. */
    void fmtQc(long c) {
        long r = Long.compareUnsigned(c, GoStrings.MAX_RUNE) > 0 ? GoStrings.RUNE_ERROR : c;
        pad(Quote.quoteRune(r, plus));
    }

    /** Formats a float with strconv's verb and default precision, applying the fmt flags. */
    void fmtFloat(double v, int size, char verb, int defPrec) {
        int p = precPresent ? prec : defPrec;
        String s = FloatFormat.format(v, verb, p, size);
        StringBuilder num = new StringBuilder(s.length() + 8);
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            num.append(s);
        } else {
            num.append('+').append(s);
        }
        if (space && num.charAt(0) == '+' && !plus) num.setCharAt(0, ' ');
        // infinities and NaN are not padded with zeros
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean oldZero = zero;
            zero = false;
            if (num.charAt(1) == 'N' && !space && !plus) num.deleteCharAt(0);
            pad(num);
            zero = oldZero;
            return;
        }
        // '#' forces a decimal point and keeps trailing zeros
        if (sharp && verb != 'b') {
            int digits = 0;
            if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
                digits = p;
                if (digits == -1) digits = 6;
            }
            String tail = "";
            boolean hasDecimalPoint = false;
            boolean sawNonzeroDigit = false;
            for (int i = 1; i < num.length(); i++) {
                char ch = num.charAt(i);
                if (ch == '.') {
                    hasDecimalPoint = true;
                } else if (ch == 'p' || ch == 'P' || ((ch == 'e' || ch == 'E') && verb != 'x' && verb != 'X')) {
                    tail = num.substring(i);
                    num.setLength(i);
                    break;
                } else {
                    if (ch != '0') sawNonzeroDigit = true;
                    if (sawNonzeroDigit) digits--;
                }
            }
            if (!hasDecimalPoint) {
                if (num.length() == 2 && num.charAt(1) == '0') digits--;
                num.append('.');
            }
            while (digits > 0) {
                num.append('0');
                digits--;
            }
            num.append(tail);
        }
        if (plus || num.charAt(0) != '+') {
            // zero padding goes after the sign
            if (zero && !minus && widPresent && wid > num.length()) {
                buf.append(num.charAt(0));
                writePadding(wid - num.length());
                buf.append(num, 1, num.length());
                return;
            }
            pad(num);
            return;
        }
        pad(num.substring(1));
    }
}
