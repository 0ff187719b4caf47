package io.gopherscope.compile;

import io.gopherscope.lang.token.Pos;

/** Thrown to abandon checking an expression after its error was reported. */
final class CompileError extends RuntimeException {
    final Pos pos;

    CompileError(Pos pos, String msg) {
        super(msg, null, false, false);
        this.pos = pos;
    }
}
