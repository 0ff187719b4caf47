package io.gopherscope.lang.parser;

import io.gopherscope.lang.ast.Expr;

import java.util.List;

/**
 * Deep copy of an expression, for Go's implicit repetition in const groups: {@code const (a = iota; b)}
 * gives {@code b} its own copy of {@code iota}, because the checker keys side tables (types,
 * constant values) by node identity and each repetition has its own iota value. Positions are
 * kept, so errors still point at the written expression, as in gc.
 */
final class ExprCopy {
    private ExprCopy() {
    }

    static List<Expr> list(List<Expr> xs) {
        return xs.stream().map(ExprCopy::copy).toList();
    }

    static Expr copy(Expr e) {
        return switch (e) {
            case null -> null;
            case Expr.Ident x -> new Expr.Ident(x.pos(), x.name());
            case Expr.BasicLit x -> new Expr.BasicLit(x.pos(), x.kind(), x.value());
            case Expr.CompositeLit x -> new Expr.CompositeLit(x.pos(), copy(x.type()), list(x.elts()), x.rbrace());
            case Expr.KeyValue x -> new Expr.KeyValue(x.pos(), copy(x.key()), copy(x.value()));
            case Expr.FuncLit x -> x; // cannot occur in a constant expression; shared as is
            case Expr.Paren x -> new Expr.Paren(x.pos(), copy(x.x()));
            case Expr.Selector x -> new Expr.Selector(x.pos(), copy(x.x()), ident(x.sel()));
            case Expr.Index x -> new Expr.Index(x.pos(), copy(x.x()), copy(x.index()), x.rbrack());
            case Expr.SliceExpr x -> new Expr.SliceExpr(x.pos(), copy(x.x()), copy(x.lo()), copy(x.hi()),
                    copy(x.max()), x.slice3(), x.lbrack());
            case Expr.TypeAssert x -> new Expr.TypeAssert(x.pos(), copy(x.x()), copy(x.type()));
            case Expr.Call x -> new Expr.Call(x.pos(), copy(x.fun()), list(x.args()), x.ellipsis(), x.lparen(), x.rparen());
            case Expr.Star x -> new Expr.Star(x.pos(), copy(x.x()));
            case Expr.Unary x -> new Expr.Unary(x.pos(), x.op(), copy(x.x()));
            case Expr.Binary x -> new Expr.Binary(x.pos(), x.op(), x.opPos(), copy(x.x()), copy(x.y()));
            case Expr.ArrayType x -> new Expr.ArrayType(x.pos(), copy(x.len()), copy(x.elem()));
            case Expr.MapType x -> new Expr.MapType(x.pos(), copy(x.key()), copy(x.value()));
            case Expr.ChanType x -> new Expr.ChanType(x.pos(), x.dir(), copy(x.value()));
            case Expr.FuncType x -> new Expr.FuncType(x.pos(), fields(x.params()), fields(x.results()));
            case Expr.StructType x -> new Expr.StructType(x.pos(), fields(x.fields()));
            case Expr.InterfaceType x -> new Expr.InterfaceType(x.pos(), fields(x.methods()));
            case Expr.Ellipsis x -> new Expr.Ellipsis(x.pos(), copy(x.elt()));
            case Expr.Bad x -> new Expr.Bad(x.pos());
        };
    }

    private static Expr.Ident ident(Expr.Ident x) {
        return new Expr.Ident(x.pos(), x.name());
    }

    private static List<Expr.Field> fields(List<Expr.Field> fs) {
        return fs.stream().map(f -> new Expr.Field(f.pos(), f.names().stream().map(ExprCopy::ident).toList(),
                copy(f.type()), f.tag())).toList();
    }
}
