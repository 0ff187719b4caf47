package io.gopherscope.rt.fmt;

/** The allow-listed surface of Go's {@code errors} package. */
public final class ErrorsPackage {
    private ErrorsPackage() {
    }

    public static Package build() {
        return new Package("errors");
    }
}
