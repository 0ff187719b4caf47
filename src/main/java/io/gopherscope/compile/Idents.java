package io.gopherscope.compile;

import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.ast.Stmt;

import java.util.Set;

/** Collects identifiers an expression mentions (for package variable initialization order). */
final class Idents {
    private Idents() {
    }

    static void collect(Expr e, Set<String> out) {
        if (e == null) return;
        switch (e) {
            case Expr.Ident i -> out.add(i.name());
            case Expr.Paren p -> collect(p.x(), out);
            case Expr.Selector s -> collect(s.x(), out);
            case Expr.Index ix -> {
                collect(ix.x(), out);
                collect(ix.index(), out);
            }
            case Expr.SliceExpr s -> {
                collect(s.x(), out);
                collect(s.lo(), out);
                collect(s.hi(), out);
                collect(s.max(), out);
            }
            case Expr.TypeAssert t -> collect(t.x(), out);
            case Expr.Call c -> {
                collect(c.fun(), out);
                for (Expr a : c.args()) collect(a, out);
            }
            case Expr.Star s -> collect(s.x(), out);
            case Expr.Unary u -> collect(u.x(), out);
            case Expr.Binary b -> {
                collect(b.x(), out);
                collect(b.y(), out);
            }
            case Expr.CompositeLit c -> {
                for (Expr x : c.elts()) collect(x, out);
            }
            case Expr.KeyValue kv -> {
                collect(kv.key(), out);
                collect(kv.value(), out);
            }
            case Expr.FuncLit f -> collectStmt(f.body(), out);
            default -> {
            }
        }
    }

    private static void collectStmt(Stmt s, Set<String> out) {
        if (s instanceof Stmt.Block b) for (Stmt x : b.stmts()) collectStmt(x, out);
        else if (s instanceof Stmt.ExprStmt es) collect(es.x(), out);
        else if (s instanceof Stmt.Assign a) {
            for (Expr e : a.lhs()) collect(e, out);
            for (Expr e : a.rhs()) collect(e, out);
        } else if (s instanceof Stmt.Return r) for (Expr e : r.results()) collect(e, out);
    }
}
