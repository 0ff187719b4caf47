package io.gopherscope.lang.ast;

import java.util.List;

/**
 * A compact S-expression rendering of the AST, for parser goldens and debugging (jlox's
 * {@code AstPrinter}; Go's {@code ast.Fprint} in spirit, much shorter). Positions are left out;
 * every node kind has one form, e.g. {@code (call (sel fmt Println) "hi")} or
 * {@code (for (:= i 0) (< i 3) (++ i) (block ...))}. Absent optional parts print as {@code _}.
 */
public final class AstPrinter {
    private AstPrinter() {
    }

    public static String print(Node n) {
        return switch (n) {
            case null -> "_";
            case Expr e -> expr(e);
            case Stmt s -> stmt(s);
            case Decl d -> decl(d);
            case Decl.Spec s -> spec(s);
            case Decl.File f -> "(file " + f.pkgName().name() + all(f.imports()) + all(f.decls()) + ")";
            case Expr.Field f -> field(f);
            default -> n.toString();
        };
    }

    private static String expr(Expr e) {
        return switch (e) {
            case Expr.Ident x -> x.name();
            case Expr.BasicLit x -> x.value();
            case Expr.CompositeLit x -> "(lit " + print(x.type()) + all(x.elts()) + ")";
            case Expr.KeyValue x -> "(kv " + print(x.key()) + " " + print(x.value()) + ")";
            case Expr.FuncLit x -> "(funclit " + print(x.type()) + " " + print(x.body()) + ")";
            case Expr.Paren x -> "(paren " + print(x.x()) + ")";
            case Expr.Selector x -> "(sel " + print(x.x()) + " " + x.sel().name() + ")";
            case Expr.Index x -> "(index " + print(x.x()) + " " + print(x.index()) + ")";
            case Expr.SliceExpr x -> "(slice " + print(x.x()) + " " + print(x.lo()) + " " + print(x.hi())
                    + (x.slice3() ? " " + print(x.max()) : "") + ")";
            case Expr.TypeAssert x -> "(assert " + print(x.x()) + " " + (x.type() == null ? "type" : print(x.type())) + ")";
            case Expr.Call x -> "(call " + print(x.fun()) + all(x.args()) + (x.ellipsis() ? " ..." : "") + ")";
            case Expr.Star x -> "(* " + print(x.x()) + ")";
            case Expr.Unary x -> "(" + x.op().text + " " + print(x.x()) + ")";
            case Expr.Binary x -> "(" + x.op().text + " " + print(x.x()) + " " + print(x.y()) + ")";
            case Expr.ArrayType x -> x.len() == null ? "(slicetype " + print(x.elem()) + ")"
                    : "(array " + print(x.len()) + " " + print(x.elem()) + ")";
            case Expr.MapType x -> "(map " + print(x.key()) + " " + print(x.value()) + ")";
            case Expr.ChanType x -> "(chan" + switch (x.dir()) {
                case BOTH -> "";
                case SEND -> "<-";
                case RECV -> " <-";
            } + " " + print(x.value()) + ")";
            case Expr.FuncType x -> "(functype (params" + all(x.params()) + ") (results" + all(x.results()) + "))";
            case Expr.StructType x -> "(struct" + all(x.fields()) + ")";
            case Expr.InterfaceType x -> "(interface" + all(x.methods()) + ")";
            case Expr.Ellipsis x -> "(... " + print(x.elt()) + ")";
            case Expr.Bad x -> "(bad)";
        };
    }

    private static String field(Expr.Field f) {
        StringBuilder sb = new StringBuilder("(field");
        for (Expr.Ident name : f.names()) {
            sb.append(' ').append(name.name());
        }
        sb.append(' ').append(print(f.type()));
        if (f.tag() != null) {
            sb.append(" tag=").append(f.tag());
        }
        return sb.append(')').toString();
    }

    private static String stmt(Stmt s) {
        return switch (s) {
            case Stmt.DeclStmt x -> print(x.decl());
            case Stmt.Empty x -> "(empty)";
            case Stmt.Labeled x -> "(label " + x.label().name() + " " + print(x.stmt()) + ")";
            case Stmt.ExprStmt x -> print(x.x());
            case Stmt.Send x -> "(send " + print(x.chan()) + " " + print(x.value()) + ")";
            case Stmt.IncDec x -> "(" + x.tok().text + " " + print(x.x()) + ")";
            case Stmt.Assign x -> "(" + x.tok().text + " " + list(x.lhs()) + " " + list(x.rhs()) + ")";
            case Stmt.Go x -> "(go " + print(x.call()) + ")";
            case Stmt.Defer x -> "(defer " + print(x.call()) + ")";
            case Stmt.Return x -> "(return" + all(x.results()) + ")";
            case Stmt.Branch x -> "(" + x.tok().text + (x.label() == null ? "" : " " + x.label().name()) + ")";
            case Stmt.Block x -> "(block" + all(x.stmts()) + ")";
            case Stmt.If x -> "(if " + print(x.init()) + " " + print(x.cond()) + " " + print(x.then())
                    + (x.els() == null ? "" : " " + print(x.els())) + ")";
            case Stmt.CaseClause x -> "(" + (x.list() == null ? "default" : "case" + all(x.list())) + " :" + all(x.body()) + ")";
            case Stmt.Switch x -> "(switch " + print(x.init()) + " " + print(x.tag()) + all(x.clauses()) + ")";
            case Stmt.TypeSwitch x -> "(typeswitch " + print(x.init()) + " " + print(x.binding()) + " "
                    + print(x.subject()) + all(x.clauses()) + ")";
            case Stmt.CommClause x -> "(" + (x.comm() == null ? "default" : "case " + print(x.comm())) + " :" + all(x.body()) + ")";
            case Stmt.Select x -> "(select" + all(x.clauses()) + ")";
            case Stmt.For x -> "(for " + print(x.init()) + " " + print(x.cond()) + " " + print(x.post()) + " " + print(x.body()) + ")";
            case Stmt.Range x -> "(range " + print(x.key()) + " " + print(x.value()) + " "
                    + (x.tok() == null ? "_" : x.tok().text) + " " + print(x.x()) + " " + print(x.body()) + ")";
        };
    }

    private static String decl(Decl d) {
        return switch (d) {
            case Decl.GenDecl x -> "(" + x.tok().text + all(x.specs()) + ")";
            case Decl.FuncDecl x -> "(func " + (x.recv() == null ? "" : "(recv " + print(x.recv()) + ") ")
                    + x.name().name() + " " + print(x.type()) + " " + print(x.body()) + ")";
        };
    }

    private static String spec(Decl.Spec s) {
        return switch (s) {
            case Decl.ImportSpec x -> "(import " + (x.name() == null ? "" : x.name().name() + " ") + "\"" + x.path() + "\")";
            case Decl.ValueSpec x -> "(spec " + identList(x.names()) + " " + print(x.type()) + " " + list(x.values())
                    + (x.iota() > 0 ? " iota=" + x.iota() : "") + ")";
            case Decl.TypeSpec x -> "(type " + x.name().name() + (x.alias() ? " = " : " ") + print(x.type()) + ")";
        };
    }

    private static String list(List<? extends Node> nodes) {
        return "[" + all(nodes).trim() + "]";
    }

    private static String identList(List<Expr.Ident> names) {
        return "[" + String.join(" ", names.stream().map(Expr.Ident::name).toList()) + "]";
    }

    private static String all(List<? extends Node> nodes) {
        StringBuilder sb = new StringBuilder();
        for (Node n : nodes) {
            sb.append(' ').append(print(n));
        }
        return sb.toString();
    }
}
