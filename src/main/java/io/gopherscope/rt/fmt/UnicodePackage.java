package io.gopherscope.rt.fmt;

/** The allow-listed surface of Go's {@code unicode} package. */
public final class UnicodePackage {
    private UnicodePackage() {
    }

    public static Package build() {
        return new Package("unicode");
    }
}
