package io.gopherscope.compile;

import java.util.List;

import io.gopherscope.lang.ast.Expr;

/** Source-like text of an expression for error messages ({@code types2.ExprString}). */
final class ExprStr {
    private ExprStr() {
    }

    static String of(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(sb, e, 0);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Expr e, int depth) {
        if (depth > 20) {
            sb.append("…");
            return;
        }
        switch (e) {
            case Expr.Ident i -> sb.append(i.name());
            case Expr.BasicLit l -> sb.append(l.value());
            case Expr.Paren p -> {
                sb.append('(');
                write(sb, p.x(), depth + 1);
                sb.append(')');
            }
            case Expr.Selector s -> {
                write(sb, s.x(), depth + 1);
                sb.append('.').append(s.sel().name());
            }
            case Expr.Index ix -> {
                write(sb, ix.x(), depth + 1);
                sb.append('[');
                write(sb, ix.index(), depth + 1);
                sb.append(']');
            }
            case Expr.SliceExpr s -> {
                write(sb, s.x(), depth + 1);
                sb.append('[');
                if (s.lo() != null) write(sb, s.lo(), depth + 1);
                sb.append(':');
                if (s.hi() != null) write(sb, s.hi(), depth + 1);
                if (s.slice3()) {
                    sb.append(':');
                    if (s.max() != null) write(sb, s.max(), depth + 1);
                }
                sb.append(']');
            }
            case Expr.TypeAssert t -> {
                write(sb, t.x(), depth + 1);
                sb.append(".(");
                if (t.type() == null) sb.append("type");
                else write(sb, t.type(), depth + 1);
                sb.append(')');
            }
            case Expr.Call c -> {
                write(sb, c.fun(), depth + 1);
                sb.append('(');
                for (int i = 0; i < c.args().size(); i++) {
                    if (i > 0) sb.append(", ");
                    write(sb, c.args().get(i), depth + 1);
                }
                if (c.ellipsis()) sb.append("...");
                sb.append(')');
            }
            case Expr.Star s -> {
                sb.append('*');
                write(sb, s.x(), depth + 1);
            }
            case Expr.Unary u -> {
                sb.append(u.op().text);
                write(sb, u.x(), depth + 1);
            }
            case Expr.Binary b -> {
                write(sb, b.x(), depth + 1);
                sb.append(' ').append(b.op().text).append(' ');
                write(sb, b.y(), depth + 1);
            }
            case Expr.CompositeLit c -> {
                if (c.type() != null) write(sb, c.type(), depth + 1);
                sb.append(c.elts().isEmpty() ? "{}" : "{…}");
            }
            case Expr.FuncLit f -> {
                // syntax.String's short form: the signature, then {…} for a non-empty body
                write(sb, f.type(), depth + 1);
                sb.append(f.body().stmts().isEmpty() ? " {}" : " {…}");
            }
            case Expr.KeyValue kv -> {
                write(sb, kv.key(), depth + 1);
                sb.append(": ");
                write(sb, kv.value(), depth + 1);
            }
            case Expr.ArrayType a -> {
                sb.append('[');
                if (a.len() != null) write(sb, a.len(), depth + 1);
                sb.append(']');
                write(sb, a.elem(), depth + 1);
            }
            case Expr.MapType m -> {
                sb.append("map[");
                write(sb, m.key(), depth + 1);
                sb.append(']');
                write(sb, m.value(), depth + 1);
            }
            case Expr.ChanType c -> {
                sb.append(switch (c.dir()) {
                    case BOTH -> "chan ";
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                });
                write(sb, c.value(), depth + 1);
            }
            case Expr.FuncType f -> {
                sb.append("func");
                fields(sb, f.params(), depth);
                if (f.results() != null && !f.results().isEmpty()) {
                    sb.append(' ');
                    if (f.results().size() == 1 && f.results().get(0).names().isEmpty()) {
                        write(sb, f.results().get(0).type(), depth + 1);
                    } else {
                        fields(sb, f.results(), depth);
                    }
                }
            }
            case Expr.StructType s -> sb.append("struct{…}");
            case Expr.InterfaceType i -> sb.append(i.methods().isEmpty() ? "interface{}" : "interface{…}");
            case Expr.Ellipsis el -> {
                sb.append("...");
                if (el.elt() != null) write(sb, el.elt(), depth + 1);
            }
            case Expr.Bad b -> sb.append("BadExpr");
        }
    }

    private static void fields(StringBuilder sb, List<Expr.Field> list, int depth) {
        sb.append('(');
        for (int i = 0; list != null && i < list.size(); i++) {
            if (i > 0) sb.append(", ");
            Expr.Field fd = list.get(i);
            for (int j = 0; j < fd.names().size(); j++) {
                if (j > 0) sb.append(", ");
                sb.append(fd.names().get(j).name());
            }
            if (!fd.names().isEmpty()) sb.append(' ');
            write(sb, fd.type(), depth + 1);
        }
        sb.append(')');
    }
}
