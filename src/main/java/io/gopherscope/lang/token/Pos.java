package io.gopherscope.lang.token;

/**
 * A source position: 1-based line and column (column counts bytes, as gc does).
 * Mirrors {@code go/token.Position} without the file name, because a program is one file.
 */
public record Pos(int line, int col) implements Comparable<Pos> {
    public static final Pos NONE = new Pos(0, 0);

    @Override
    public int compareTo(Pos o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(col, o.col);
    }

    @Override
    public String toString() {
        return line + ":" + col;
    }
}
