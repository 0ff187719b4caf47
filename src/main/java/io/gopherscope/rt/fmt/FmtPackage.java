package io.gopherscope.rt.fmt;

/** The allow-listed surface of Go's {@code fmt} package. */
public final class FmtPackage {
    private FmtPackage() {
    }

    public static Package build() {
        return new Package("fmt");
    }
}
