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
 * <p>Like gc's package, the work is split in three: {@link Source} reads characters (gc's
 * {@code source.go}), {@link LiteralScanner} scans numbers, strings and runes, and this class
 * makes tokens, skips comments and inserts semicolons. Literal tokens carry their raw source
 * text; {@link Literals} decodes values.
 */
public final class Scanner {
    private static final int EOF = Source.EOF;

    // Input: the character reader and the literal scanner on top of it.
    private final Source in;
    private final LiteralScanner literals;

    // Token state: whether a newline or EOF after the previous token becomes a semicolon.
    private boolean nlsemi;

    // Start of the token being scanned.
    private int tokLine;
    private int tokCol;
    private int tokOff;

    public Scanner(String src, ErrorList errors) {
        this.in = new Source(src, errors);
        this.literals = new LiteralScanner(in);
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
            while (in.ch == ' ' || in.ch == '\t' || in.ch == '\r' || in.ch == '\n' && !semiAllowed) {
                in.nextch();
            }
            tokLine = in.line;
            tokCol = in.col;
            tokOff = in.off;
            if (Source.isLetter(in.ch) || in.ch >= 0x80 && atIdentChar(true)) {
                in.nextch();
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
        int c = in.ch;
        literals.start(tokLine, tokCol, tokOff);
        switch (c) {
            case EOF:
                return semiAllowed ? tok(TokenKind.SEMICOLON, "EOF") : tok(TokenKind.EOF, "EOF");
            case '\n':
                in.nextch();
                return tok(TokenKind.SEMICOLON, "newline");
            case '"':
                return literal(literals.stdString());
            case '`':
                return literal(literals.rawString());
            case '\'':
                return literal(literals.rune());
            case '.':
                in.nextch();
                if (Source.isDecimal(in.ch)) {
                    return literal(literals.number(true));
                }
                if (in.ch == '.' && in.peek() == '.') {
                    in.nextch();
                    in.nextch();
                    return op(TokenKind.ELLIPSIS);
                }
                return op(TokenKind.PERIOD);
            case '/':
                in.nextch();
                if (in.ch == '/') {
                    skipLine();
                    return null;
                }
                if (in.ch == '*') {
                    in.nextch();
                    skipComment();
                    if (in.line > tokLine && semiAllowed) {
                        return tok(TokenKind.SEMICOLON, "newline"); // a multi-line comment acts like a newline
                    }
                    return null;
                }
                return assignOp(TokenKind.QUO, TokenKind.QUO_ASSIGN);
            default:
                break;
        }
        if (Source.isDecimal(c)) {
            return literal(literals.number(false));
        }
        in.nextch();
        return switch (c) {
            case '(' -> op(TokenKind.LPAREN);
            case '[' -> op(TokenKind.LBRACK);
            case '{' -> op(TokenKind.LBRACE);
            case ',' -> op(TokenKind.COMMA);
            case ';' -> tok(TokenKind.SEMICOLON, "semicolon");
            case ')' -> semiOp(TokenKind.RPAREN);
            case ']' -> semiOp(TokenKind.RBRACK);
            case '}' -> semiOp(TokenKind.RBRACE);
            case ':' -> in.got('=') ? op(TokenKind.DEFINE) : op(TokenKind.COLON);
            case '+' -> in.got('+') ? semiOp(TokenKind.INC) : assignOp(TokenKind.ADD, TokenKind.ADD_ASSIGN);
            case '-' -> in.got('-') ? semiOp(TokenKind.DEC) : assignOp(TokenKind.SUB, TokenKind.SUB_ASSIGN);
            case '*' -> assignOp(TokenKind.MUL, TokenKind.MUL_ASSIGN);
            case '%' -> assignOp(TokenKind.REM, TokenKind.REM_ASSIGN);
            case '^' -> assignOp(TokenKind.XOR, TokenKind.XOR_ASSIGN);
            case '~' -> op(TokenKind.TILDE);
            case '&' -> in.got('&') ? op(TokenKind.LAND)
                    : in.got('^') ? assignOp(TokenKind.AND_NOT, TokenKind.AND_NOT_ASSIGN)
                    : assignOp(TokenKind.AND, TokenKind.AND_ASSIGN);
            case '|' -> in.got('|') ? op(TokenKind.LOR) : assignOp(TokenKind.OR, TokenKind.OR_ASSIGN);
            case '<' -> in.got('=') ? op(TokenKind.LEQ)
                    : in.got('<') ? assignOp(TokenKind.SHL, TokenKind.SHL_ASSIGN)
                    : in.got('-') ? op(TokenKind.ARROW)
                    : op(TokenKind.LSS);
            case '>' -> in.got('=') ? op(TokenKind.GEQ)
                    : in.got('>') ? assignOp(TokenKind.SHR, TokenKind.SHR_ASSIGN)
                    : op(TokenKind.GTR);
            case '=' -> in.got('=') ? op(TokenKind.EQL) : op(TokenKind.ASSIGN);
            case '!' -> in.got('=') ? op(TokenKind.NEQ) : op(TokenKind.NOT);
            default -> {
                in.errors.add(tokLine, tokCol, "invalid character " + Chars.formatU(c));
                yield null;
            }
        };
    }

    // ---- identifiers and comments ------------------------------------------------------------

    private Token ident() {
        while (Source.isLetter(in.ch) || Source.isDecimal(in.ch) || in.ch >= 0x80 && atIdentChar(false)) {
            in.nextch();
        }
        String lit = in.segment(tokOff);
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
        int c = in.ch;
        if (Character.isLetter(c) || c == '_') {
            return true;
        }
        if (Character.isDigit(c)) {
            if (first) {
                in.error("identifier cannot begin with digit " + Chars.formatU(c));
            }
            return true;
        }
        if (c >= 0x80 && c != 0xFFFD) {
            in.error("invalid character " + Chars.formatU(c) + " in identifier");
            return true;
        }
        return false;
    }

    private void skipLine() {
        while (in.ch != EOF && in.ch != '\n') {
            in.nextch(); // the newline stays: it may become a semicolon
        }
    }

    private void skipComment() {
        while (in.ch != EOF) {
            if (in.ch == '*') {
                in.nextch();
                if (in.ch == '/') {
                    in.nextch();
                    return;
                }
                continue;
            }
            in.nextch();
        }
        in.errors.add(tokLine, tokCol, "comment not terminated");
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
        return in.got('=') ? op(assign) : op(plain);
    }

    private Token literal(TokenKind kind) {
        nlsemi = true;
        return tok(kind, in.segment(tokOff));
    }
}
