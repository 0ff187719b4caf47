package io.gopherscope.lang.scanner;

import io.gopherscope.lang.token.Pos;

/**
 * One positioned compile error, worded as gc words it (lowercase, no final period).
 * Mirrors {@code go/scanner.Error}; {@code col} counts bytes, as gc does.
 */
public record SyntaxError(int line, int col, String message) implements Comparable<SyntaxError> {

    public Pos pos() {
        return new Pos(line, col);
    }

    @Override
    public int compareTo(SyntaxError o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(col, o.col);
    }

    /** gc's form without the file name: {@code 3:5: message}. */
    @Override
    public String toString() {
        return line + ":" + col + ": " + message;
    }
}
