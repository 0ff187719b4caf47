package io.gopherscope.rt;

/**
 * A run hit one of Gopherscope's budgets (goroutines, output, ...). Not a Go error: the run ends
 * with one line naming the limit and how to raise it.
 */
public final class LimitExceeded extends RuntimeException {
    public final String limit;

    public LimitExceeded(String limit, String message) {
        super(message, null, false, false);
        this.limit = limit;
    }
}
