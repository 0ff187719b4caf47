package io.gopherscope.lang.scanner;

/**
 * Character helpers shared by the scanner and the literal decoder: UTF-8 widths (gc counts
 * columns in bytes) and Go's {@code %#U} and {@code %q} renderings of a rune used in error texts.
 */
final class Chars {
    private Chars() {
    }

    /** Number of bytes of {@code c} in UTF-8; invalid code points count as U+FFFD (3 bytes). */
    static int utf8Len(int c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        if (c < 0x10000 || c > Character.MAX_CODE_POINT) {
            return 3;
        }
        return 4;
    }

    /** Go's {@code fmt.Sprintf("%#U", c)}: {@code U+0040 '@'}, or just {@code U+0000} if not printable. */
    static String formatU(int c) {
        String hex = String.format("U+%04X", c);
        return isPrint(c) ? hex + " '" + new String(Character.toChars(c)) + "'" : hex;
    }

    /** Go's {@code %q} for a rune: {@code 'g'}, {@code '\n'}, {@code '\''}, {@code '\x00'}. */
    static String quoteRune(int c) {
        return switch (c) {
            case '\'' -> "'\\''";
            case '\\' -> "'\\\\'";
            case 7 -> "'\\a'";
            case '\b' -> "'\\b'";
            case '\f' -> "'\\f'";
            case '\n' -> "'\\n'";
            case '\r' -> "'\\r'";
            case '\t' -> "'\\t'";
            case 11 -> "'\\v'";
            default -> {
                if (isPrint(c)) {
                    yield "'" + new String(Character.toChars(c)) + "'";
                }
                if (c < 0x80) {
                    yield String.format("'\\x%02x'", c);
                }
                yield c < 0x10000 ? String.format("'\\u%04x'", c) : String.format("'\\U%08x'", c);
            }
        };
    }

    /** Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and ASCII space. */
    static boolean isPrint(int c) {
        if (c == ' ') {
            return true;
        }
        if (c < 0 || c > Character.MAX_CODE_POINT) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                 Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                 Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                 Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
