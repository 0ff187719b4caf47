package io.gopherscope.rt.fmt;

/**
 * Go-syntax quoting of byte strings and runes, modelling {@code strconv/quote.go} (Go 1.19–1.24):
 * {@code Quote}, {@code QuoteToASCII}, {@code QuoteRune}, {@code QuoteRuneToASCII},
 * {@code CanBackquote}, {@code Unquote}, {@code IsPrint}, {@code IsGraphic}. Printability follows
 * Java's Unicode tables (Go 1.19 uses Unicode 13; characters added later may differ).
 */
public final class Quote {
    private Quote() {
    }

    private static final String LOWERHEX = "0123456789abcdef";

    /** {@code strconv.Quote} (ascii=false) or {@code strconv.QuoteToASCII} (ascii=true). */
    public static String quote(String s, boolean ascii) {
        return quoteWith(s, '"', ascii, false);
    }

    /** {@code strconv.QuoteToGraphic}. */
    public static String quoteToGraphic(String s) {
        return quoteWith(s, '"', false, true);
    }

    static String quoteWith(String s, char quote, boolean ascii, boolean graphicOnly) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.charAt(i);
            int r = c;
            int width = 1;
            if (c >= GoStrings.RUNE_SELF) {
                long d = GoStrings.decodeRune(s, i);
                r = GoStrings.rune(d);
                width = GoStrings.size(d);
            }
            if (width == 1 && r == GoStrings.RUNE_ERROR) {
                sb.append("\\x").append(LOWERHEX.charAt(c >> 4)).append(LOWERHEX.charAt(c & 0xF));
            } else {
                appendEscapedRune(sb, r, quote, ascii, graphicOnly);
            }
            i += width;
        }
        return sb.append(quote).toString();
    }

    /** {@code strconv.QuoteRune} / {@code QuoteRuneToASCII}: invalid runes become U+FFFD. */
    public static String quoteRune(long r, boolean ascii) {
        int rr = GoStrings.validRune(r) ? (int) r : GoStrings.RUNE_ERROR;
        StringBuilder sb = new StringBuilder(8).append('\'');
        appendEscapedRune(sb, rr, '\'', ascii, false);
        return sb.append('\'').toString();
    }

    private static void appendEscapedRune(StringBuilder sb, int r, char quote, boolean ascii, boolean graphicOnly) {
        if (r == quote || r == '\\') {
            sb.append('\\').append((char) r);
            return;
        }
        if (ascii) {
            if (r < GoStrings.RUNE_SELF && isPrint(r)) {
                sb.append((char) r);
                return;
            }
        } else if (isPrint(r) || (graphicOnly && isGraphic(r))) {
            GoStrings.appendRune(sb, r);
            return;
        }
        switch (r) {
            case 7 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 11 -> sb.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7f) {
                    sb.append("\\x").append(LOWERHEX.charAt(r >> 4)).append(LOWERHEX.charAt(r & 0xF));
                    return;
                }
                if (!GoStrings.validRune(r)) r = GoStrings.RUNE_ERROR;
                if (r < 0x10000) {
                    sb.append("\\u");
                    for (int s = 12; s >= 0; s -= 4) sb.append(LOWERHEX.charAt((r >> s) & 0xF));
                } else {
                    sb.append("\\U");
                    for (int s = 28; s >= 0; s -= 4) sb.append(LOWERHEX.charAt((r >> s) & 0xF));
                }
            }
        }
    }

    /** {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    public static boolean isPrint(int r) {
        if (r < 0x80) return r >= 0x20 && r < 0x7F;
        if (r > GoStrings.MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF)) return false;
        return switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                 Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** {@code strconv.IsGraphic}: IsPrint plus the Unicode space separators (Zs). */
    public static boolean isGraphic(int r) {
        if (isPrint(r)) return true;
        return r >= 0 && r <= GoStrings.MAX_RUNE && Character.getType(r) == Character.SPACE_SEPARATOR;
    }

    /** {@code strconv.CanBackquote}. */
    public static boolean canBackquote(String s) {
        for (int i = 0; i < s.length(); ) {
            long d = GoStrings.decodeRune(s, i);
            int r = GoStrings.rune(d);
            int wid = GoStrings.size(d);
            i += wid;
            if (wid > 1) {
                if (r == 0xFEFF) return false;
                continue;
            }
            if (r == GoStrings.RUNE_ERROR) return false;
            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
        }
        return true;
    }

    /** {@code strconv.Unquote}: the unquoted string, or null for {@code ErrSyntax}. */
    public static String unquote(String s) {
        int n = s.length();
        if (n < 2) return null;
        char quote = s.charAt(0);
        if (quote != s.charAt(n - 1)) return null;
        s = s.substring(1, n - 1);
        if (quote == '`') {
            if (s.indexOf('`') >= 0) return null;
            return s.indexOf('\r') >= 0 ? s.replace("\r", "") : s;
        }
        if (quote != '"' && quote != '\'') return null;
        if (s.indexOf('\n') >= 0) return null;
        if (s.indexOf('\\') < 0 && s.indexOf(quote) < 0) {
            if (quote == '"' && GoStrings.valid(s)) return s;
            if (quote == '\'') {
                long d = GoStrings.decodeRune(s, 0);
                int size = GoStrings.size(d);
                if (size == s.length() && (GoStrings.rune(d) != GoStrings.RUNE_ERROR || size != 1)) return s;
            }
        }
        StringBuilder sb = new StringBuilder(s.length());
        int[] pos = {0};
        while (pos[0] < s.length()) {
            long v = unquoteChar(s, pos, quote);
            if (v == Long.MIN_VALUE) return null;
            boolean multibyte = (v & MULTIBYTE) != 0;
            int c = (int) v;
            if (c < GoStrings.RUNE_SELF || !multibyte) sb.append((char) (c & 0xFF));
            else GoStrings.appendRune(sb, c);
            if (quote == '\'' && pos[0] != s.length()) return null;
        }
        if (quote == '\'' && sb.isEmpty()) return null;
        return sb.toString();
    }

    private static final long MULTIBYTE = 1L << 40;

    /**
     * {@code strconv.UnquoteChar} on {@code s[pos[0]:]}: advances {@code pos[0]} and returns the value
     * (with {@link #MULTIBYTE} set when it must be UTF-8 encoded), or Long.MIN_VALUE for ErrSyntax.
     */
    static long unquoteChar(String s, int[] pos, char quote) {
        int i = pos[0];
        if (i >= s.length()) return Long.MIN_VALUE;
        char c = s.charAt(i);
        if (c == quote && (quote == '\'' || quote == '"')) return Long.MIN_VALUE;
        if (c >= GoStrings.RUNE_SELF) {
            long d = GoStrings.decodeRune(s, i);
            pos[0] = i + GoStrings.size(d);
            return GoStrings.rune(d) | MULTIBYTE;
        }
        if (c != '\\') {
            pos[0] = i + 1;
            return c;
        }
        if (i + 1 >= s.length()) return Long.MIN_VALUE;
        char e = s.charAt(i + 1);
        i += 2;
        long value;
        switch (e) {
            case 'a' -> value = 7;
            case 'b' -> value = '\b';
            case 'f' -> value = '\f';
            case 'n' -> value = '\n';
            case 'r' -> value = '\r';
            case 't' -> value = '\t';
            case 'v' -> value = 11;
            case 'x', 'u', 'U' -> {
                int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (s.length() - i < n) return Long.MIN_VALUE;
                long v = 0;
                for (int j = 0; j < n; j++) {
                    int x = Character.digit(s.charAt(i + j), 16);
                    if (x < 0 || s.charAt(i + j) > 'f') return Long.MIN_VALUE;
                    v = (v << 4) | x;
                }
                i += n;
                if (e == 'x') {
                    value = v;
                } else {
                    if (!GoStrings.validRune(v)) return Long.MIN_VALUE;
                    value = v | MULTIBYTE;
                }
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                long v = e - '0';
                if (s.length() - i < 2) return Long.MIN_VALUE;
                for (int j = 0; j < 2; j++) {
                    int x = s.charAt(i + j) - '0';
                    if (x < 0 || x > 7) return Long.MIN_VALUE;
                    v = (v << 3) | x;
                }
                i += 2;
                if (v > 255) return Long.MIN_VALUE;
                value = v;
            }
            case '\\' -> value = '\\';
            case '\'', '"' -> {
                if (e != quote) return Long.MIN_VALUE;
                value = e;
            }
            default -> {
                return Long.MIN_VALUE;
            }
        }
        pos[0] = i;
        return value;
    }
}
