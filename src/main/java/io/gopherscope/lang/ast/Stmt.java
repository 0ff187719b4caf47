package io.gopherscope.lang.ast;

import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.token.TokenKind;

import java.util.List;

/** Statements, mirroring {@code go/ast}. */
public sealed interface Stmt extends Node {

    record DeclStmt(Pos pos, Decl.GenDecl decl) implements Stmt {}

    record Empty(Pos pos) implements Stmt {}

    record Labeled(Pos pos, Expr.Ident label, Stmt stmt) implements Stmt {}

    record ExprStmt(Pos pos, Expr x) implements Stmt {}

    record Send(Pos pos, Expr chan, Expr value) implements Stmt {}

    record IncDec(Pos pos, Expr x, TokenKind tok) implements Stmt {}

    /** {@code tok} is ASSIGN, DEFINE or an op-assign such as ADD_ASSIGN. */
    record Assign(Pos pos, List<Expr> lhs, TokenKind tok, Pos tokPos, List<Expr> rhs) implements Stmt {}

    record Go(Pos pos, Expr.Call call) implements Stmt {}

    record Defer(Pos pos, Expr.Call call) implements Stmt {}

    record Return(Pos pos, List<Expr> results) implements Stmt {}

    /** break, continue, goto, fallthrough; {@code label} may be null. */
    record Branch(Pos pos, TokenKind tok, Expr.Ident label) implements Stmt {}

    record Block(Pos pos, List<Stmt> stmts, Pos rbrace) implements Stmt {}

    /** {@code els} is null, an If, or a Block. */
    record If(Pos pos, Stmt init, Expr cond, Block then, Stmt els) implements Stmt {}

    /** A switch case; {@code list} is null for {@code default}. */
    record CaseClause(Pos pos, List<Expr> list, List<Stmt> body) implements Stmt {}

    record Switch(Pos pos, Stmt init, Expr tag, List<CaseClause> clauses, Pos rbrace) implements Stmt {}

    /**
     * {@code switch init; x := y.(type) {...}}: {@code binding} is the declared name or null,
     * {@code subject} the expression {@code y}; case lists hold types (an Ident "nil" for nil).
     */
    record TypeSwitch(Pos pos, Stmt init, Expr.Ident binding, Expr subject, List<CaseClause> clauses, Pos rbrace) implements Stmt {}

    /** A select case; {@code comm} is a Send, an ExprStmt of a receive, an Assign with a receive, or null for default. */
    record CommClause(Pos pos, Stmt comm, List<Stmt> body) implements Stmt {}

    record Select(Pos pos, List<CommClause> clauses, Pos rbrace) implements Stmt {}

    record For(Pos pos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {}

    /** {@code for key, value := range x}; {@code tok} is DEFINE, ASSIGN, or null when there are no variables. */
    record Range(Pos pos, Expr key, Expr value, TokenKind tok, Expr x, Block body) implements Stmt {}
}
