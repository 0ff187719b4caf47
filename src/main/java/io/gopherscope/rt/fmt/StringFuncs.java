package io.gopherscope.rt.fmt;

/** The functions of Go's {@code strings} package on byte strings with UTF-8 semantics. */
final class StringFuncs {
    private StringFuncs() {
    }

    static void register(Package p) {
    }
}
