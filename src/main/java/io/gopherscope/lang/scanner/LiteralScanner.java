package io.gopherscope.lang.scanner;

import io.gopherscope.lang.token.TokenKind;

import static io.gopherscope.lang.scanner.Source.EOF;
import static io.gopherscope.lang.scanner.Source.isDecimal;

/**
 * Scans literal tokens with gc's checks and messages (the {@code number}, {@code stdString},
 * {@code rawString}, {@code rune} and {@code escape} functions of {@code syntax/scanner.go}).
 * Each method starts at the literal's first character, leaves the source just past the literal
 * and returns its token kind; the {@link Scanner} takes the text. Errors about the literal as a
 * whole are reported at its start, the others at the offending character, as gc does.
 */
final class LiteralScanner {
    private final Source s;

    // Start of the literal being scanned.
    private int startLine;
    private int startCol;
    private int startOff;

    LiteralScanner(Source s) {
        this.s = s;
    }

    void start(int line, int col, int off) {
        startLine = line;
        startCol = col;
        startOff = off;
    }

    private void errorAtStart(int offset, String msg) {
        s.errors.add(startLine, startCol + offset, msg);
    }

    // ---- strings and runes -------------------------------------------------------------------

    TokenKind stdString() {
        s.nextch();
        for (;;) {
            if (s.ch == '"') {
                s.nextch();
                break;
            }
            if (s.ch == '\\') {
                s.nextch();
                escape('"');
                continue;
            }
            if (s.ch == '\n') {
                s.error("newline in string");
                break;
            }
            if (s.ch == EOF) {
                errorAtStart(0, "string not terminated");
                break;
            }
            s.nextch();
        }
        return TokenKind.STRING;
    }

    TokenKind rawString() {
        s.nextch();
        for (;;) {
            if (s.ch == '`') {
                s.nextch();
                break;
            }
            if (s.ch == EOF) {
                errorAtStart(0, "string not terminated");
                break;
            }
            s.nextch();
        }
        return TokenKind.STRING;
    }

    TokenKind rune() {
        boolean ok = true;
        s.nextch();
        for (int n = 0; ; n++) {
            if (s.ch == '\'') {
                if (ok && n == 0) {
                    s.error("empty rune literal or unescaped '");
                } else if (ok && n != 1) {
                    errorAtStart(0, "more than one character in rune literal");
                }
                s.nextch();
                break;
            }
            if (s.ch == '\\') {
                s.nextch();
                ok &= escape('\'');
                continue;
            }
            if (s.ch == '\n') {
                if (ok) {
                    s.error("newline in rune literal");
                }
                break;
            }
            if (s.ch == EOF) {
                if (ok) {
                    errorAtStart(0, "rune literal not terminated");
                }
                break;
            }
            s.nextch();
        }
        return TokenKind.CHAR;
    }

    // Called after the backslash; reports gc's escape errors and returns whether the escape is valid.
    private boolean escape(int quote) {
        int n;
        int base;
        long max;
        if (s.ch == quote || s.ch != EOF && "abfnrtv\\".indexOf(s.ch) >= 0) {
            s.nextch();
            return true;
        } else if (s.ch >= '0' && s.ch <= '7') {
            n = 3;
            base = 8;
            max = 255;
        } else if (s.ch == 'x' || s.ch == 'u' || s.ch == 'U') {
            n = s.ch == 'x' ? 2 : s.ch == 'u' ? 4 : 8;
            base = 16;
            max = s.ch == 'x' ? 255 : Character.MAX_CODE_POINT;
            s.nextch();
        } else {
            if (s.ch == EOF) {
                return true; // the caller complains about EOF
            }
            s.error("unknown escape");
            return false;
        }
        long x = 0;
        for (int i = n; i > 0; i--) {
            if (s.ch == EOF) {
                return true;
            }
            int d = s.ch < 0x80 ? Character.digit(s.ch, 16) : -1;
            if (d < 0 || d >= base) {
                s.error("invalid character " + Chars.quoteRune(s.ch) + " in " + baseName(base) + " escape");
                return false;
            }
            x = x * base + d;
            s.nextch();
        }
        if (x > max && base == 8) {
            s.error("octal escape value " + x + " > 255");
            return false;
        }
        if (x > max || x >= 0xD800 && x < 0xE000) {
            s.error("escape is invalid Unicode code point " + Chars.formatU((int) Math.min(x, Integer.MAX_VALUE)));
            return false;
        }
        return true;
    }

    // ---- numbers -----------------------------------------------------------------------------

    private boolean ok;
    private int invalid; // byte index of the first digit too large for the base, or -1

    /** int_lit, float_lit or imaginary_lit; {@code seenPoint} if a leading '.' was consumed. */
    TokenKind number(boolean seenPoint) {
        ok = true;
        invalid = -1;
        TokenKind kind = TokenKind.INT;
        int base = 10;
        char prefix = 0; // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
        int digsep = 0;  // bit 0: a digit was seen; bit 1: a '_' was seen
        if (!seenPoint) {
            if (s.ch == '0') {
                s.nextch();
                switch (Character.toLowerCase(s.ch)) {
                    case 'x' -> { s.nextch(); base = 16; prefix = 'x'; }
                    case 'o' -> { s.nextch(); base = 8; prefix = 'o'; }
                    case 'b' -> { s.nextch(); base = 2; prefix = 'b'; }
                    default -> { base = 8; prefix = '0'; digsep = 1; } // the leading 0 is a digit
                }
            }
            digsep |= digits(base);
            if (s.ch == '.') {
                if (prefix == 'o' || prefix == 'b') {
                    fail("invalid radix point in " + baseName(base) + " literal");
                }
                s.nextch();
                seenPoint = true;
            }
        }
        if (seenPoint) {
            kind = TokenKind.FLOAT;
            digsep |= digits(base);
        }
        if ((digsep & 1) == 0 && ok) {
            fail(baseName(base) + " literal has no digits");
        }
        int e = Character.toLowerCase(s.ch);
        if (e == 'e' || e == 'p') {
            if (ok && e == 'e' && prefix != 0 && prefix != '0') {
                fail(Chars.quoteRune(s.ch) + " exponent requires decimal mantissa");
            } else if (ok && e == 'p' && prefix != 'x') {
                fail(Chars.quoteRune(s.ch) + " exponent requires hexadecimal mantissa");
            }
            s.nextch();
            kind = TokenKind.FLOAT;
            if (s.ch == '+' || s.ch == '-') {
                s.nextch();
            }
            int ds = digits(10);
            digsep = ds | (digsep & 2);
            if ((ds & 1) == 0 && ok) {
                fail("exponent has no digits");
            }
        } else if (prefix == 'x' && kind == TokenKind.FLOAT && ok) {
            fail("hexadecimal mantissa requires a 'p' exponent");
        }
        if (s.ch == 'i') {
            kind = TokenKind.IMAG;
            s.nextch();
        }
        String lit = s.segment(startOff);
        if (kind == TokenKind.INT && invalid >= 0 && ok) {
            errorAtStart(invalid, "invalid digit " + Chars.quoteRune(lit.charAt(invalid)) + " in " + baseName(base) + " literal");
            ok = false;
        }
        if ((digsep & 2) != 0 && ok) {
            int i = Literals.invalidSeparator(lit);
            if (i >= 0) {
                errorAtStart(i, "'_' must separate successive digits");
            }
        }
        return kind;
    }

    // { digit | '_' }; returns bit 0 if a digit was seen, bit 1 if a separator was.
    private int digits(int base) {
        int digsep = 0;
        if (base <= 10) {
            while (isDecimal(s.ch) || s.ch == '_') {
                if (s.ch == '_') {
                    digsep |= 2;
                } else {
                    digsep |= 1;
                    if (s.ch >= '0' + base && invalid < 0) {
                        invalid = s.off - startOff; // numbers are ASCII: chars are bytes
                    }
                }
                s.nextch();
            }
        } else {
            while (s.ch < 0x80 && Character.digit(s.ch, 16) >= 0 || s.ch == '_') {
                digsep |= s.ch == '_' ? 2 : 1;
                s.nextch();
            }
        }
        return digsep;
    }

    private void fail(String msg) {
        s.error(msg);
        ok = false;
    }

    private static String baseName(int base) {
        return switch (base) {
            case 2 -> "binary";
            case 8 -> "octal";
            case 10 -> "decimal";
            default -> "hexadecimal";
        };
    }
}
