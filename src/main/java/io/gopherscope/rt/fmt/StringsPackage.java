package io.gopherscope.rt.fmt;

/** The allow-listed surface of Go's {@code strings} package. */
public final class StringsPackage {
    private StringsPackage() {
    }

    public static Package build() {
        return new Package("strings");
    }
}
