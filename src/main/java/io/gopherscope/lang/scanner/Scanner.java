package io.gopherscope.lang.scanner;

import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.token.Token;
import io.gopherscope.lang.token.TokenKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The Go lexer. Mirrors {@code go/scanner} (token set, automatic semicolon insertion as in its
 * {@code insertSemi}) and uses the error wording of gc's {@code cmd/compile/internal/syntax/scanner.go}
 * and {@code source.go} (Go 1.18 to 1.23), because students must see what {@code go build} says.
 *
 * <p>The source arrives as a Java String, but positions are gc's: 1-based lines and columns
 * counted in bytes of the UTF-8 encoding. An unpaired surrogate or U+FFFD (what a decoder leaves
 * for invalid UTF-8) is reported as {@code invalid UTF-8 encoding}.
 *
 * <p>Literal tokens carry their raw source text; {@link Literals} decodes values.
 */
public final class Scanner {
    private static final int EOF = -1;

    // Input, fixed for the whole scan.
    private final String src;
    private final ErrorList errors;

    // Reading position: ch is the current character, found at src index off; line and col are its
    // position (col in bytes). next points just past ch.
    private int ch = EOF;
    private int off;
    private int next;
    private int line = 1;
    private int col = 0;

    // Token state: whether a newline or EOF after the previous token becomes a semicolon.
    private boolean nlsemi;

    // Start of the token being scanned.
    private int tokLine;
    private int tokCol;
    private int tokOff;

    public Scanner(String src, ErrorList errors) {
        this.src = src;
        this.errors = errors;
        nextch();
        if (ch == 0xFEFF) {
            nextch(); // a BOM is allowed as the very first character only
        }
    }

    /** Scans the whole source, including the final EOF token. For tests and tools. */
    public static List<Token> scanAll(String src, ErrorList errors) {
        Scanner s = new Scanner(src, errors);
        List<Token> out = new ArrayList<>();
        for (;;) {
            Token t = s.next();
            out.add(t);
            if (t.kind() == TokenKind.EOF) {
                return out;
            }
        }
    }

    /** Returns the next token; after the end of input it returns EOF forever. */
    public Token next() {
        boolean semiAllowed = nlsemi;
        nlsemi = false;
        for (;;) {
            while (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' && !semiAllowed) {
                nextch();
            }
            tokLine = line;
            tokCol = col;
            tokOff = off;
            if (isLetter(ch) || ch >= 0x80 && atIdentChar(true)) {
                nextch();
                return ident();
            }
            Token t = operatorOrLiteral(semiAllowed);
            if (t != null) {
                return t;
            }
        }
    }

    // Returns null when a comment or an invalid character was skipped.
    private Token operatorOrLiteral(boolean semiAllowed) {
        int c = ch;
        switch (c) {
            case EOF:
                return semiAllowed ? tok(TokenKind.SEMICOLON, "EOF") : tok(TokenKind.EOF, "EOF");
            case '\n':
                nextch();
                return tok(TokenKind.SEMICOLON, "newline");
            case '"':
                return stdString();
            case '`':
                return rawString();
            case '\'':
                return runeLit();
            case '.':
                nextch();
                if (isDecimal(ch)) {
                    return new NumberScanner().number(true);
                }
                if (ch == '.' && peek() == '.') {
                    nextch();
                    nextch();
                    return op(TokenKind.ELLIPSIS);
                }
                return op(TokenKind.PERIOD);
            case '/':
                nextch();
                if (ch == '/') {
                    skipLine();
                    return null;
                }
                if (ch == '*') {
                    nextch();
                    skipComment();
                    if (line > tokLine && semiAllowed) {
                        nlsemi = false;
                        return tok(TokenKind.SEMICOLON, "newline"); // a multi-line comment acts like a newline
                    }
                    return null;
                }
                return assignOp(TokenKind.QUO, TokenKind.QUO_ASSIGN);
            default:
                break;
        }
        if (isDecimal(c)) {
            return new NumberScanner().number(false);
        }
        nextch();
        return switch (c) {
            case '(' -> op(TokenKind.LPAREN);
            case '[' -> op(TokenKind.LBRACK);
            case '{' -> op(TokenKind.LBRACE);
            case ',' -> op(TokenKind.COMMA);
            case ';' -> tok(TokenKind.SEMICOLON, "semicolon");
            case ')' -> semiOp(TokenKind.RPAREN);
            case ']' -> semiOp(TokenKind.RBRACK);
            case '}' -> semiOp(TokenKind.RBRACE);
            case ':' -> got('=') ? op(TokenKind.DEFINE) : op(TokenKind.COLON);
            case '+' -> got('+') ? semiOp(TokenKind.INC) : assignOp(TokenKind.ADD, TokenKind.ADD_ASSIGN);
            case '-' -> got('-') ? semiOp(TokenKind.DEC) : assignOp(TokenKind.SUB, TokenKind.SUB_ASSIGN);
            case '*' -> assignOp(TokenKind.MUL, TokenKind.MUL_ASSIGN);
            case '%' -> assignOp(TokenKind.REM, TokenKind.REM_ASSIGN);
            case '^' -> assignOp(TokenKind.XOR, TokenKind.XOR_ASSIGN);
            case '~' -> op(TokenKind.TILDE);
            case '&' -> got('&') ? op(TokenKind.LAND)
                    : got('^') ? assignOp(TokenKind.AND_NOT, TokenKind.AND_NOT_ASSIGN)
                    : assignOp(TokenKind.AND, TokenKind.AND_ASSIGN);
            case '|' -> got('|') ? op(TokenKind.LOR) : assignOp(TokenKind.OR, TokenKind.OR_ASSIGN);
            case '<' -> got('=') ? op(TokenKind.LEQ)
                    : got('<') ? assignOp(TokenKind.SHL, TokenKind.SHL_ASSIGN)
                    : got('-') ? op(TokenKind.ARROW)
                    : op(TokenKind.LSS);
            case '>' -> got('=') ? op(TokenKind.GEQ)
                    : got('>') ? assignOp(TokenKind.SHR, TokenKind.SHR_ASSIGN)
                    : op(TokenKind.GTR);
            case '=' -> got('=') ? op(TokenKind.EQL) : op(TokenKind.ASSIGN);
            case '!' -> got('=') ? op(TokenKind.NEQ) : op(TokenKind.NOT);
            default -> {
                errors.add(tokLine, tokCol, "invalid character " + Chars.formatU(c));
                yield null;
            }
        };
    }

    // ---- identifiers -------------------------------------------------------------------------

    private Token ident() {
        while (isLetter(ch) || isDecimal(ch) || ch >= 0x80 && atIdentChar(false)) {
            nextch();
        }
        String lit = src.substring(tokOff, off);
        TokenKind kw = TokenKind.keyword(lit);
        if (kw != null) {
            nlsemi = kw == TokenKind.BREAK || kw == TokenKind.CONTINUE
                    || kw == TokenKind.FALLTHROUGH || kw == TokenKind.RETURN;
            return tok(kw, lit);
        }
        nlsemi = true;
        return tok(TokenKind.IDENT, lit);
    }

    // Reports gc's identifier errors; returns whether ch continues (or starts) an identifier.
    private boolean atIdentChar(boolean first) {
        if (Character.isLetter(ch) || ch == '_') {
            return true;
        }
        if (Character.isDigit(ch)) {
            if (first) {
                errors.add(line, col, "identifier cannot begin with digit " + Chars.formatU(ch));
            }
            return true;
        }
        if (ch >= 0x80 && ch != 0xFFFD) {
            errors.add(line, col, "invalid character " + Chars.formatU(ch) + " in identifier");
            return true;
        }
        return false;
    }

    // ---- strings, runes, comments ------------------------------------------------------------

    private Token stdString() {
        nextch();
        for (;;) {
            if (ch == '"') {
                nextch();
                break;
            }
            if (ch == '\\') {
                nextch();
                escape('"');
                continue;
            }
            if (ch == '\n') {
                errors.add(line, col, "newline in string");
                break;
            }
            if (ch == EOF) {
                errors.add(tokLine, tokCol, "string not terminated");
                break;
            }
            nextch();
        }
        return literal(TokenKind.STRING);
    }

    private Token rawString() {
        nextch();
        for (;;) {
            if (ch == '`') {
                nextch();
                break;
            }
            if (ch == EOF) {
                errors.add(tokLine, tokCol, "string not terminated");
                break;
            }
            nextch();
        }
        return literal(TokenKind.STRING);
    }

    private Token runeLit() {
        boolean ok = true;
        nextch();
        for (int n = 0; ; n++) {
            if (ch == '\'') {
                if (ok && n == 0) {
                    errors.add(line, col, "empty rune literal or unescaped '");
                } else if (ok && n != 1) {
                    errors.add(tokLine, tokCol, "more than one character in rune literal");
                }
                nextch();
                break;
            }
            if (ch == '\\') {
                nextch();
                ok &= escape('\'');
                continue;
            }
            if (ch == '\n') {
                if (ok) {
                    errors.add(line, col, "newline in rune literal");
                }
                break;
            }
            if (ch == EOF) {
                if (ok) {
                    errors.add(tokLine, tokCol, "rune literal not terminated");
                }
                break;
            }
            nextch();
        }
        return literal(TokenKind.CHAR);
    }

    // Called after the backslash; reports gc's escape errors and returns whether the escape is valid.
    private boolean escape(int quote) {
        int n;
        int base;
        long max;
        if (ch == quote || "abfnrtv\\".indexOf(ch) >= 0 && ch != EOF) {
            nextch();
            return true;
        } else if (ch >= '0' && ch <= '7') {
            n = 3; base = 8; max = 255;
        } else if (ch == 'x' || ch == 'u' || ch == 'U') {
            n = ch == 'x' ? 2 : ch == 'u' ? 4 : 8;
            base = 16;
            max = ch == 'x' ? 255 : Character.MAX_CODE_POINT;
            nextch();
        } else {
            if (ch == EOF) {
                return true; // the caller complains about EOF
            }
            errors.add(line, col, "unknown escape");
            return false;
        }
        long x = 0;
        for (int i = n; i > 0; i--) {
            if (ch == EOF) {
                return true;
            }
            int d = Character.digit(ch, 16);
            if (d < 0 || d >= base || ch > 0x7f) {
                errors.add(line, col, "invalid character " + Chars.quoteRune(ch) + " in "
                        + (base == 8 ? "octal" : "hexadecimal") + " escape");
                return false;
            }
            x = x * base + d;
            nextch();
        }
        if (x > max && base == 8) {
            errors.add(line, col, "octal escape value " + x + " > 255");
            return false;
        }
        if (x > max || x >= 0xD800 && x < 0xE000) {
            errors.add(line, col, "escape is invalid Unicode code point " + Chars.formatU((int) Math.min(x, Integer.MAX_VALUE)));
            return false;
        }
        return true;
    }

    private void skipLine() {
        while (ch != EOF && ch != '\n') {
            nextch(); // the newline stays: it may become a semicolon
        }
    }

    private void skipComment() {
        while (ch != EOF) {
            if (ch == '*') {
                nextch();
                if (ch == '/') {
                    nextch();
                    return;
                }
                continue;
            }
            nextch();
        }
        errors.add(tokLine, tokCol, "comment not terminated");
    }

    // ---- numbers -----------------------------------------------------------------------------

    /** Scans int, float and imaginary literals with gc's checks (digits, separators, exponents). */
    private final class NumberScanner {
        private boolean ok = true;
        private int invalid = -1; // byte index of the first digit too large for the base, or -1

        Token number(boolean seenPoint) {
            TokenKind kind = TokenKind.INT;
            int base = 10;
            char prefix = 0; // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
            int digsep = 0;  // bit 0: a digit was seen; bit 1: a '_' was seen
            if (!seenPoint) {
                if (ch == '0') {
                    nextch();
                    switch (Character.toLowerCase(ch)) {
                        case 'x' -> { nextch(); base = 16; prefix = 'x'; }
                        case 'o' -> { nextch(); base = 8; prefix = 'o'; }
                        case 'b' -> { nextch(); base = 2; prefix = 'b'; }
                        default -> { base = 8; prefix = '0'; digsep = 1; }
                    }
                }
                digsep |= digits(base);
                if (ch == '.') {
                    if (prefix == 'o' || prefix == 'b') {
                        fail(line, col, "invalid radix point in " + baseName(base) + " literal");
                    }
                    nextch();
                    seenPoint = true;
                }
            }
            if (seenPoint) {
                kind = TokenKind.FLOAT;
                digsep |= digits(base);
            }
            if ((digsep & 1) == 0 && ok) {
                fail(line, col, baseName(base) + " literal has no digits");
            }
            int e = Character.toLowerCase(ch);
            if (e == 'e' || e == 'p') {
                if (ok && e == 'e' && prefix != 0 && prefix != '0') {
                    fail(line, col, Chars.quoteRune(ch) + " exponent requires decimal mantissa");
                } else if (ok && e == 'p' && prefix != 'x') {
                    fail(line, col, Chars.quoteRune(ch) + " exponent requires hexadecimal mantissa");
                }
                nextch();
                kind = TokenKind.FLOAT;
                if (ch == '+' || ch == '-') {
                    nextch();
                }
                int ds = digits(10);
                digsep = ds | (digsep & 2);
                if ((ds & 1) == 0 && ok) {
                    fail(line, col, "exponent has no digits");
                }
            } else if (prefix == 'x' && kind == TokenKind.FLOAT && ok) {
                fail(line, col, "hexadecimal mantissa requires a 'p' exponent");
            }
            if (ch == 'i') {
                kind = TokenKind.IMAG;
                nextch();
            }
            String lit = src.substring(tokOff, off);
            if (kind == TokenKind.INT && invalid >= 0 && ok) {
                fail(tokLine, tokCol + invalid, "invalid digit " + Chars.quoteRune(lit.charAt(invalid))
                        + " in " + baseName(base) + " literal");
            }
            if ((digsep & 2) != 0 && ok) {
                int i = Literals.invalidSeparator(lit);
                if (i >= 0) {
                    fail(tokLine, tokCol + i, "'_' must separate successive digits");
                }
            }
            return literal(kind);
        }

        private int digits(int base) {
            int digsep = 0;
            if (base <= 10) {
                while (isDecimal(ch) || ch == '_') {
                    if (ch == '_') {
                        digsep |= 2;
                    } else {
                        digsep |= 1;
                        if (ch >= '0' + base && invalid < 0) {
                            invalid = off - tokOff; // numbers are ASCII: chars are bytes
                        }
                    }
                    nextch();
                }
            } else {
                while (Character.digit(ch, 16) >= 0 && ch < 0x80 || ch == '_') {
                    digsep |= ch == '_' ? 2 : 1;
                    nextch();
                }
            }
            return digsep;
        }

        private void fail(int l, int c, String msg) {
            errors.add(l, c, msg);
            ok = false;
        }
    }

    private static String baseName(int base) {
        return switch (base) {
            case 2 -> "binary";
            case 8 -> "octal";
            case 10 -> "decimal";
            default -> "hexadecimal";
        };
    }

    // ---- reading characters ------------------------------------------------------------------

    // Advances to the next character, skipping (and reporting) NULs and misplaced BOMs as gc does.
    private void nextch() {
        for (;;) {
            if (ch == '\n') {
                line++;
                col = 1;
            } else if (ch != EOF) {
                col += Chars.utf8Len(ch);
            } else if (off == 0 && next == 0) {
                col = 1; // first call
            }
            off = next;
            if (off >= src.length()) {
                ch = EOF;
                return;
            }
            int c = src.codePointAt(off);
            next = off + Character.charCount(c);
            ch = c;
            if (Character.isSurrogate((char) c) && c <= 0xFFFF || c == 0xFFFD) {
                ch = 0xFFFD;
                errors.add(line, col, "invalid UTF-8 encoding");
                return;
            }
            if (c == 0) {
                errors.add(line, col, "invalid NUL character");
                continue;
            }
            if (c == 0xFEFF && off > 0) {
                errors.add(line, col, "invalid BOM in the middle of the file");
                continue;
            }
            return;
        }
    }

    private int peek() {
        return next < src.length() ? src.codePointAt(next) : EOF;
    }

    private boolean got(int c) {
        if (ch == c) {
            nextch();
            return true;
        }
        return false;
    }

    // ---- building tokens ---------------------------------------------------------------------

    private Token tok(TokenKind kind, String text) {
        return new Token(kind, text, new Pos(tokLine, tokCol));
    }

    private Token op(TokenKind kind) {
        return tok(kind, kind.text);
    }

    // ')' ']' '}' '++' '--' end a statement when followed by a newline.
    private Token semiOp(TokenKind kind) {
        nlsemi = true;
        return op(kind);
    }

    private Token assignOp(TokenKind plain, TokenKind assign) {
        return got('=') ? op(assign) : op(plain);
    }

    private Token literal(TokenKind kind) {
        nlsemi = true;
        return tok(kind, src.substring(tokOff, off));
    }

    private static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isDecimal(int c) {
        return c >= '0' && c <= '9';
    }
}
