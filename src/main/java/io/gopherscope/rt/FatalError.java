package io.gopherscope.rt;

/**
 * An unrecoverable runtime failure ({@code fatal error: all goroutines are asleep - deadlock!},
 * {@code fatal error: concurrent map writes}): no recover, no deferred calls, exit status 2.
 * {@code dumpAll} says whether every goroutine is listed after the message (Go does so for
 * deadlocks and map misuse).
 */
public final class FatalError extends RuntimeException {
    public final boolean dumpAll;

    public FatalError(String message, boolean dumpAll) {
        super(message, null, false, false);
        this.dumpAll = dumpAll;
    }
}
