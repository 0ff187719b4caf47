package io.gopherscope.rt.fmt;

/** The allow-listed surface of Go's {@code os} package. */
public final class OsPackage {
    private OsPackage() {
    }

    public static Package build() {
        return new Package("os");
    }
}
