package io.gopherscope.rt.fmt;

/** The allow-listed surface of Go's {@code strconv} package. */
public final class StrconvPackage {
    private StrconvPackage() {
    }

    public static Package build() {
        return new Package("strconv");
    }
}
