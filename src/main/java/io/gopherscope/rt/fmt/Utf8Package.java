package io.gopherscope.rt.fmt;

/** The allow-listed surface of Go's {@code unicode/utf8} package. */
public final class Utf8Package {
    private Utf8Package() {
    }

    public static Package build() {
        return new Package("unicode/utf8");
    }
}
