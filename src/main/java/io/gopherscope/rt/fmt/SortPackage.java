package io.gopherscope.rt.fmt;

/** The allow-listed surface of Go's {@code sort} package. */
public final class SortPackage {
    private SortPackage() {
    }

    public static Package build() {
        return new Package("sort");
    }
}
