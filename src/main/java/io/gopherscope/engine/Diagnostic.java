package io.gopherscope.engine;

/** A compile error at a source position, worded as gc words it. */
public record Diagnostic(int line, int col, String message) {
    /** gc's CLI form: {@code prog.go:3:5: message}. */
    public String format(String fileName) {
        return fileName + ":" + line + ":" + col + ": " + message;
    }
}
