package io.gopherscope.lang.ast;

import io.gopherscope.lang.token.Pos;

/** Every syntax node knows where it starts. Mirrors {@code go/ast.Node}. */
public interface Node {
    Pos pos();
}
