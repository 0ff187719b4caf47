package io.gopherscope.lang.ast;

import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.token.TokenKind;

import java.util.List;

/** Declarations and the file, mirroring {@code go/ast}. */
public sealed interface Decl extends Node {

    /** import, const, type or var, with one or more specs. */
    record GenDecl(Pos pos, TokenKind tok, List<Spec> specs) implements Decl {}

    /** A function or method; {@code recv} is null for functions, {@code body} null for declarations without body. */
    record FuncDecl(Pos pos, Expr.Field recv, Expr.Ident name, Expr.FuncType type, Stmt.Block body) implements Decl {}

    sealed interface Spec extends Node {}

    record ImportSpec(Pos pos, Expr.Ident name, String path) implements Spec {}

    /**
     * const or var names; for a const spec without values, the parser copies the previous spec's
     * type and values (Go's implicit repetition) and {@code iota} is the spec's index in its group.
     */
    record ValueSpec(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values, int iota) implements Spec {}

    record TypeSpec(Pos pos, Expr.Ident name, boolean alias, Expr type) implements Spec {}

    /** One source file: {@code package name}, imports, and top-level declarations. */
    record File(Pos pos, Expr.Ident pkgName, List<ImportSpec> imports, List<Decl> decls) implements Node {}
}
