package io.gopherscope.rt.fmt;

/** The allow-listed surface of Go's {@code math} package. */
public final class MathPackage {
    private MathPackage() {
    }

    public static Package build() {
        return new Package("math");
    }
}
