package io.gopherscope.lang.parser;

import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.ast.Stmt;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders expressions and simple statements back to Go source for error messages, as gc's
 * {@code syntax.String} does ({@code cannot use x := 1 as value}). Function bodies and composite
 * literal contents are abbreviated to {@code {…}}, as gc's short form does.
 */
final class GoSyntax {
    private GoSyntax() {
    }

    static String expr(Expr e) {
        return switch (e) {
            case null -> "";
            case Expr.Ident x -> x.name();
            case Expr.BasicLit x -> x.value();
            case Expr.CompositeLit x -> expr(x.type()) + "{…}";
            case Expr.KeyValue x -> expr(x.key()) + ": " + expr(x.value());
            case Expr.FuncLit x -> expr(x.type()) + " {…}";
            case Expr.Paren x -> "(" + expr(x.x()) + ")";
            case Expr.Selector x -> expr(x.x()) + "." + x.sel().name();
            case Expr.Index x -> expr(x.x()) + "[" + expr(x.index()) + "]";
            case Expr.SliceExpr x -> expr(x.x()) + "[" + expr(x.lo()) + ":" + expr(x.hi())
                    + (x.slice3() ? ":" + expr(x.max()) : "") + "]";
            case Expr.TypeAssert x -> expr(x.x()) + ".(" + (x.type() == null ? "type" : expr(x.type())) + ")";
            case Expr.Call x -> expr(x.fun()) + "(" + list(x.args()) + (x.ellipsis() ? "..." : "") + ")";
            case Expr.Star x -> "*" + expr(x.x());
            case Expr.Unary x -> x.op().text + expr(x.x());
            case Expr.Binary x -> expr(x.x()) + " " + x.op().text + " " + expr(x.y());
            case Expr.ArrayType x -> "[" + expr(x.len()) + "]" + expr(x.elem());
            case Expr.MapType x -> "map[" + expr(x.key()) + "]" + expr(x.value());
            case Expr.ChanType x -> switch (x.dir()) {
                case BOTH -> "chan " + expr(x.value());
                case SEND -> "chan<- " + expr(x.value());
                case RECV -> "<-chan " + expr(x.value());
            };
            case Expr.FuncType x -> "func(" + fields(x.params()) + ")" + results(x.results());
            case Expr.StructType x -> x.fields().isEmpty() ? "struct{}" : "struct{…}";
            case Expr.InterfaceType x -> x.methods().isEmpty() ? "interface{}" : "interface{…}";
            case Expr.Ellipsis x -> "..." + expr(x.elt());
            case Expr.Bad x -> "BadExpr";
        };
    }

    /** Simple statements, as they can appear in a control clause header. */
    static String stmt(Stmt s) {
        return switch (s) {
            case Stmt.ExprStmt x -> expr(x.x());
            case Stmt.Send x -> expr(x.chan()) + " <- " + expr(x.value());
            case Stmt.IncDec x -> expr(x.x()) + x.tok().text;
            case Stmt.Assign x -> list(x.lhs()) + " " + x.tok().text + " " + list(x.rhs());
            default -> s.getClass().getSimpleName();
        };
    }

    private static String list(List<Expr> xs) {
        return xs.stream().map(GoSyntax::expr).collect(Collectors.joining(", "));
    }

    private static String fields(List<Expr.Field> fs) {
        return fs.stream().map(f -> f.names().isEmpty() ? expr(f.type())
                : f.names().stream().map(Expr.Ident::name).collect(Collectors.joining(", ")) + " " + expr(f.type()))
                .collect(Collectors.joining(", "));
    }

    private static String results(List<Expr.Field> fs) {
        if (fs.isEmpty()) {
            return "";
        }
        if (fs.size() == 1 && fs.get(0).names().isEmpty()) {
            return " " + expr(fs.get(0).type());
        }
        return " (" + fields(fs) + ")";
    }
}
