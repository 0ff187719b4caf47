package io.gopherscope.compile;

import io.gopherscope.lang.ast.Decl;
import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.ast.Stmt;

import java.util.Set;

/**
 * Collects the names an expression or a function body mentions, for the order of package
 * variable initialization (the spec's "references"). Plain identifiers are collected as they are;
 * the name after a selector ({@code x.m}) is collected as {@code ".m"}, so a method it may name can
 * be followed too. Scopes are not resolved: a local that shadows a package variable counts as a
 * reference to it, which can only make a variable wait for one it does not need.
 */
final class Idents {
    private Idents() {
    }

    static void collect(Expr e, Set<String> out) {
        if (e == null) return;
        switch (e) {
            case Expr.Ident i -> out.add(i.name());
            case Expr.Paren p -> collect(p.x(), out);
            case Expr.Selector s -> {
                collect(s.x(), out);
                out.add("." + s.sel().name());
            }
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

    /** Every name a statement (and the statements and function literals inside it) mentions. */
    static void collectStmt(Stmt s, Set<String> out) {
        if (s == null) return;
        switch (s) {
            case Stmt.Block b -> {
                for (Stmt x : b.stmts()) collectStmt(x, out);
            }
            case Stmt.ExprStmt es -> collect(es.x(), out);
            case Stmt.Assign a -> {
                for (Expr e : a.lhs()) collect(e, out);
                for (Expr e : a.rhs()) collect(e, out);
            }
            case Stmt.Return r -> {
                for (Expr e : r.results()) collect(e, out);
            }
            case Stmt.DeclStmt d -> {
                for (Decl.Spec sp : d.decl().specs()) {
                    if (sp instanceof Decl.ValueSpec vs) for (Expr e : vs.values()) collect(e, out);
                }
            }
            case Stmt.Labeled l -> collectStmt(l.stmt(), out);
            case Stmt.Send se -> {
                collect(se.chan(), out);
                collect(se.value(), out);
            }
            case Stmt.IncDec i -> collect(i.x(), out);
            case Stmt.Go g -> collect(g.call(), out);
            case Stmt.Defer d -> collect(d.call(), out);
            case Stmt.If i -> {
                collectStmt(i.init(), out);
                collect(i.cond(), out);
                collectStmt(i.then(), out);
                collectStmt(i.els(), out);
            }
            case Stmt.Switch sw -> {
                collectStmt(sw.init(), out);
                collect(sw.tag(), out);
                for (Stmt.CaseClause cc : sw.clauses()) collectClause(cc, out);
            }
            case Stmt.TypeSwitch ts -> {
                collectStmt(ts.init(), out);
                collect(ts.subject(), out);
                for (Stmt.CaseClause cc : ts.clauses()) collectClause(cc, out);
            }
            case Stmt.Select sel -> {
                for (Stmt.CommClause cc : sel.clauses()) {
                    collectStmt(cc.comm(), out);
                    for (Stmt x : cc.body()) collectStmt(x, out);
                }
            }
            case Stmt.For f -> {
                collectStmt(f.init(), out);
                collect(f.cond(), out);
                collectStmt(f.post(), out);
                collectStmt(f.body(), out);
            }
            case Stmt.Range r -> {
                collect(r.key(), out);
                collect(r.value(), out);
                collect(r.x(), out);
                collectStmt(r.body(), out);
            }
            default -> {
            }
        }
    }

    private static void collectClause(Stmt.CaseClause cc, Set<String> out) {
        if (cc.list() != null) for (Expr e : cc.list()) collect(e, out);
        for (Stmt x : cc.body()) collectStmt(x, out);
    }
}
