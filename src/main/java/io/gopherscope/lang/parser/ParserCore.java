package io.gopherscope.lang.parser;

import io.gopherscope.lang.scanner.ErrorList;
import io.gopherscope.lang.scanner.Scanner;
import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.token.Token;
import io.gopherscope.lang.token.TokenKind;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Token handling and error reporting shared by the parser layers: the current token, {@code got} /
 * {@code want} / {@code consume}, gc's {@code syntaxErrorAt} message shaping and its
 * {@code advance} (our {@code synchronize}). Mirrors the "Error handling" section of
 * {@code cmd/compile/internal/syntax/parser.go}.
 *
 * <p>The parser is split by production family, each layer extending the previous one:
 * {@code ParserCore} → {@link TypeParser} → {@link ExprParser} → {@link StmtParser} →
 * {@link ControlParser} → {@link Parser}.
 * Go's own parser is one 2,800-line file; the layers keep each file readable on its own.
 */
abstract class ParserCore {
    /** Syntax nesting (expressions, types, statements) beyond which the parse stops. */
    static final int MAX_DEPTH = 1000;

    /** Statement keywords that are good places to resume after an error (gc's stopset). */
    private static final Set<TokenKind> STOPSET = EnumSet.of(TokenKind.BREAK, TokenKind.CONST,
            TokenKind.CONTINUE, TokenKind.DEFER, TokenKind.FALLTHROUGH, TokenKind.FOR, TokenKind.GO,
            TokenKind.GOTO, TokenKind.IF, TokenKind.RETURN, TokenKind.SELECT, TokenKind.SWITCH,
            TokenKind.TYPE, TokenKind.VAR);

    /** Thrown when nesting exceeds {@link #MAX_DEPTH}; caught by {@link Parser#parse}. */
    static final class Bailout extends RuntimeException {
        Bailout() {
            super(null, null, false, false);
        }
    }

    // Input and output, fixed for the whole parse.
    private final Scanner scanner;
    final ErrorList errors;
    final int goMinor;  // the Go 1.x release whose error wording is used (see Wording below)

    // The current token (kind and pos are shortcuts) and one token of lookahead.
    Token tok;
    TokenKind kind;
    Pos pos;
    private Token peeked;

    // Nesting state.
    int xnest;          // expression nesting; -1 in control clause headers (composite literal ambiguity)
    int fnest;          // function nesting; > 0 inside a function body
    private int depth;  // recursion depth guard

    ParserCore(String source, int goMinor) {
        this.errors = new ErrorList();
        this.scanner = new Scanner(source, errors);
        this.goMinor = goMinor;
        next();
    }

    // ---- wording -----------------------------------------------------------------------------
    //
    // gc's syntax error wording changed twice in the releases we teach:
    //   Go 1.20 (CL "better error messages"): "expecting X" became "expected X", and list errors
    //     gained their context ("in argument list; possibly missing comma or )");
    //   Go 1.23 (go.dev/issue/65790): the unexpected token is named by its class,
    //     "unexpected name x", "unexpected keyword range", where older releases print "x", "range".
    // The 1.23 boundary is our best reading of the Go history; adjust NAMED_TOKENS_SINCE if a
    // measured toolchain disagrees.

    static final int EXPECTED_SINCE = 20;
    static final int NAMED_TOKENS_SINCE = 23;

    final boolean legacyWording() {
        return goMinor < EXPECTED_SINCE;
    }

    private boolean namedTokens() {
        return goMinor >= NAMED_TOKENS_SINCE;
    }

    // ---- tokens ------------------------------------------------------------------------------

    final void next() {
        if (peeked != null) {
            tok = peeked;
            peeked = null;
        } else {
            tok = scanner.next();
        }
        kind = tok.kind();
        pos = tok.pos();
    }

    final Token peek() {
        if (peeked == null) {
            peeked = scanner.next();
        }
        return peeked;
    }

    final boolean got(TokenKind k) {
        if (kind == k) {
            next();
            return true;
        }
        return false;
    }

    /** gc's {@code want}: consume {@code k} or report "unexpected X, expected k" and skip one token. */
    final void want(TokenKind k) {
        if (!got(k)) {
            syntaxError("expected " + tokString(k));
            advance();
        }
    }

    /** Consumes {@code k} or reports {@code message} (shaped as gc shapes it) and resynchronizes. */
    final void consume(TokenKind k, String message) {
        if (!got(k)) {
            syntaxError(message);
            advance();
        }
    }

    // ---- errors ------------------------------------------------------------------------------

    final void errorAt(Pos at, String msg) {
        errors.add(at, msg);
    }

    final void syntaxError(String msg) {
        syntaxErrorAt(pos, msg);
    }

    /**
     * Reports {@code syntax error: ...} as gc does: messages starting with "in", "at" or "after"
     * are prefixed by "unexpected X", those starting with "expected" by "unexpected X,", where X
     * names the current token; any other message is printed as is.
     */
    final void syntaxErrorAt(Pos at, String msg) {
        if (kind == TokenKind.EOF && !errors.isEmpty()) {
            return; // avoid meaningless follow-up errors
        }
        if (legacyWording()) {
            msg = msg.replace(", expected ", ", expecting ");
            if (msg.startsWith("expected ")) {
                msg = "expecting " + msg.substring("expected ".length());
            }
        }
        if (msg.startsWith("in ") || msg.startsWith("at ") || msg.startsWith("after ")) {
            msg = " " + msg;
        } else if (msg.startsWith("expected ") || msg.startsWith("expecting ")) {
            msg = ", " + msg;
        } else if (!msg.isEmpty()) {
            errorAt(at, "syntax error: " + msg);
            return;
        }
        errorAt(at, "syntax error: unexpected " + describe(tok) + msg);
    }

    /** How an error names the token it found (gc's token string in {@code syntaxErrorAt}). */
    final String describe(Token t) {
        TokenKind k = t.kind();
        if (k == TokenKind.IDENT) {
            return namedTokens() ? "name " + t.text() : t.text();
        }
        if (k == TokenKind.SEMICOLON) {
            return t.text(); // "semicolon", "newline" or "EOF"
        }
        if (k.isLiteral()) {
            return "literal " + t.text();
        }
        return tokString(k);
    }

    /** How an error names an expected token kind (gc's {@code tokstring}). */
    final String tokString(TokenKind k) {
        return switch (k) {
            case COMMA -> "comma";
            case SEMICOLON -> "semicolon or newline";
            default -> k.isKeyword() && namedTokens() ? "keyword " + k.text : k.text;
        };
    }

    /**
     * gc's {@code advance}, our {@code synchronize}: skips tokens until one in {@code follow} (or,
     * inside a function, a statement keyword). With no follow set it skips exactly one token.
     */
    final void advance(TokenKind... follow) {
        if (follow.length == 0) {
            if (kind != TokenKind.EOF) {
                next();
            }
            return;
        }
        Set<TokenKind> stop = EnumSet.of(TokenKind.EOF, follow);
        if (fnest > 0) {
            stop.addAll(STOPSET);
        }
        while (!stop.contains(kind)) {
            next();
        }
    }

    /**
     * gc's {@code list}: {@code [ f { sep f } [sep] ] close}. Calls {@code f} per element until it
     * returns true; returns the position of the closing token.
     */
    final Pos list(String context, TokenKind sep, TokenKind close, BooleanSupplier f) {
        boolean done = false;
        while (kind != TokenKind.EOF && kind != close && !done) {
            done = f.getAsBoolean();
            if (!got(sep) && kind != close) {
                syntaxError(legacyWording() ? "expecting " + tokString(sep) + " or " + tokString(close)
                        : "in " + context + "; possibly missing " + tokString(sep) + " or " + tokString(close));
                advance(TokenKind.RPAREN, TokenKind.RBRACK, TokenKind.RBRACE);
                if (kind != close) {
                    return pos;
                }
            }
        }
        Pos end = pos;
        want(close);
        return end;
    }

    // ---- nesting -----------------------------------------------------------------------------

    final void enter() {
        if (++depth > MAX_DEPTH) {
            errorAt(pos, "exceeded max nesting depth");
            throw new Bailout();
        }
    }

    final void leave() {
        depth--;
    }
}
