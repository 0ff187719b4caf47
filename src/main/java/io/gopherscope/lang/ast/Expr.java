package io.gopherscope.lang.ast;

import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.token.TokenKind;

import java.util.List;

/**
 * Expressions and type expressions, mirroring {@code go/ast}: as in Go's own AST, type syntax
 * ({@code []int}, {@code map[K]V}, {@code chan T}, ...) is an expression, because conversions and
 * composite literals put types where values stand. Nodes are compared by identity in side tables
 * (the checker's {@code IdentityHashMap}s), never by record equality.
 */
public sealed interface Expr extends Node {

    record Ident(Pos pos, String name) implements Expr {}

    /** A literal; {@code value} is the source text (quotes and prefixes included). */
    record BasicLit(Pos pos, TokenKind kind, String value) implements Expr {}

    /** {@code T{elts}}; {@code type} is null when elided inside another composite literal. */
    record CompositeLit(Pos pos, Expr type, List<Expr> elts, Pos rbrace) implements Expr {}

    record KeyValue(Pos pos, Expr key, Expr value) implements Expr {}

    record FuncLit(Pos pos, FuncType type, Stmt.Block body) implements Expr {}

    record Paren(Pos pos, Expr x) implements Expr {}

    record Selector(Pos pos, Expr x, Ident sel) implements Expr {}

    record Index(Pos pos, Expr x, Expr index, Pos rbrack) implements Expr {}

    record SliceExpr(Pos pos, Expr x, Expr lo, Expr hi, Expr max, boolean slice3, Pos lbrack) implements Expr {}

    /** {@code x.(T)}; {@code type} is null for the {@code x.(type)} of a type switch. */
    record TypeAssert(Pos pos, Expr x, Expr type) implements Expr {}

    /** {@code fun(args)}; {@code ellipsis} marks {@code f(s...)}. {@code lparen} is where gc reports call errors. */
    record Call(Pos pos, Expr fun, List<Expr> args, boolean ellipsis, Pos lparen, Pos rparen) implements Expr {}

    /** {@code *x}: a dereference, or a pointer type. */
    record Star(Pos pos, Expr x) implements Expr {}

    /** Unary {@code + - ! ^ & <-}. */
    record Unary(Pos pos, TokenKind op, Expr x) implements Expr {}

    /** Binary operator; {@code opPos} is the operator's position. */
    record Binary(Pos pos, TokenKind op, Pos opPos, Expr x, Expr y) implements Expr {}

    /** {@code [len]elem}; {@code len} is null for a slice type and an {@link Ellipsis} for {@code [...]T}. */
    record ArrayType(Pos pos, Expr len, Expr elem) implements Expr {}

    record MapType(Pos pos, Expr key, Expr value) implements Expr {}

    /** Channel direction as written: BOTH, SEND ({@code chan<-}), RECV ({@code <-chan}). */
    enum ChanDir { BOTH, SEND, RECV }

    record ChanType(Pos pos, ChanDir dir, Expr value) implements Expr {}

    record FuncType(Pos pos, List<Field> params, List<Field> results) implements Expr {}

    record StructType(Pos pos, List<Field> fields) implements Expr {}

    /** Methods have one name and a FuncType; embedded interfaces have no names. */
    record InterfaceType(Pos pos, List<Field> methods) implements Expr {}

    /** {@code ...T} in a parameter list, or {@code [...]} as an array length ({@code elt} null). */
    record Ellipsis(Pos pos, Expr elt) implements Expr {}

    /** Placeholder after a syntax error, so parsing can continue. */
    record Bad(Pos pos) implements Expr {}

    /**
     * A field in a struct, parameter list, result list or interface. {@code names} is empty for
     * embedded fields, unnamed parameters and embedded interfaces.
     */
    record Field(Pos pos, List<Ident> names, Expr type, String tag) implements Node {}

    static Expr unparen(Expr e) {
        while (e instanceof Paren p) {
            e = p.x();
        }
        return e;
    }
}
