package io.gopherscope.rt;

/**
 * An internal simulator bug (an invariant broke). Never shown to a student as if it were their
 * program's fault: the engine reports it as an internal error of Gopherscope.
 */
public final class Throw extends RuntimeException {
    public Throw(String message) {
        super(message);
    }
}
