package io.gopherscope.lang.token;

/**
 * One scanned token. {@code text} is the literal source text for identifiers and literals;
 * for an automatically inserted semicolon it is {@code "newline"} (or {@code "EOF"}), which is
 * how gc names it in syntax errors.
 */
public record Token(TokenKind kind, String text, Pos pos) {
    @Override
    public String toString() {
        return kind + "(" + text + ")@" + pos;
    }
}
