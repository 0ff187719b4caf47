package io.gopherscope.rt;

/** {@code os.Exit(code)}: ends the program at once; deferred calls do not run. */
public final class ExitException extends RuntimeException {
    public final int code;

    public ExitException(int code) {
        super(null, null, false, false);
        this.code = code;
    }
}
