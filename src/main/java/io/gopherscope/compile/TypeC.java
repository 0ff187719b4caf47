package io.gopherscope.compile;

import io.gopherscope.lang.token.Pos;

import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.lang.types.Types;
import io.gopherscope.rt.fmt.Member;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Resolves type expressions to {@link Type}s ({@code go/types} typexpr.go). */
final class TypeC {
    private final Compiler c;

    TypeC(Compiler c) {
        this.c = c;
    }

    Type typeOf(Expr e) {
        switch (e) {
            case Expr.Ident id -> {
                Sym s = c.scope.lookup(id.name());
                if (s == null) throw c.fail(id.pos(), "undefined: " + id.name());
                if (s instanceof Sym.TypeName tn) {
                    if (tn.type == null) throw c.fail(id.pos(), "invalid use of type alias " + id.name() + " in recursive type");
                    return tn.type;
                }
                // types2: "v (variable of type int) is not a type"
                Operand o = s instanceof Sym.Var || s instanceof Sym.Const || s instanceof Sym.Func ? c.ex.expr(id) : null;
                throw c.fail(id.pos(), (o != null ? c.ex.describe(o) : id.name()) + " is not a type");
            }
            case Expr.Paren p -> {
                return typeOf(p.x());
            }
            case Expr.Selector sel when sel.x() instanceof Expr.Ident pid && c.scope.lookup(pid.name()) instanceof Sym.Pkg pkg -> {
                pkg.used = true;
                Member mb = pkg.pkg.get(sel.sel().name());
                if (pkg.broken) throw new CompileError(sel.sel().pos(), "refused import");
                if (mb instanceof Member.TypeName tn) return tn.type();
                if (mb == null) throw c.fail(sel.sel().pos(), "undefined: " + pid.name() + "." + sel.sel().name());
                throw c.fail(sel.pos(), pid.name() + "." + sel.sel().name() + " is not a type");
            }
            case Expr.Star s -> {
                return new Type.Pointer(typeOf(s.x()));
            }
            case Expr.ArrayType a -> {
                Type elem = typeOf(a.elem());
                if (a.len() == null) return new Type.Slice(elem);
                if (a.len() instanceof Expr.Ellipsis) {
                    throw c.fail(a.len().pos(), "invalid use of [...] array (outside a composite literal)");
                }
                Operand n = c.ex.expr(a.len());
                if (!n.isConst()) throw c.fail(a.len().pos(), "array length " + ExprStr.of(a.len()) + " (variable of type " + n.type + ") must be constant");
                BigInteger len = Consts.toIntExact(n.cv);
                if (len == null || !(n.type.underlying() instanceof Basic b && (b.isInteger() || b.kind == Basic.Kind.UNTYPED_FLOAT))) {
                    throw c.fail(a.len().pos(), "array length " + ExprStr.of(a.len()) + " (" + describeConst(n) + ") must be integer");
                }
                if (len.signum() < 0) throw c.fail(a.len().pos(), "invalid array length " + ExprStr.of(a.len()) + " (untyped int constant " + len + ")");
                if (len.bitLength() > 31) throw c.fail(a.len().pos(), "array length " + len + " too large");
                return new Type.Array(len.longValue(), elem);
            }
            case Expr.MapType mt -> {
                Type k = typeOf(mt.key());
                Type v = typeOf(mt.value());
                if (!Types.comparable(k) && !(k instanceof Named n && n.underlying() == Basic.INVALID)) {
                    // a func type's own position is its parameter list (syntax.FuncType)
                    Pos kp = mt.key() instanceof Expr.FuncType ? new Pos(mt.key().pos().line(), mt.key().pos().col() + 4) : mt.key().pos();
                    throw c.fail(kp, "invalid map key type " + k);
                }
                return new Type.Map(k, v);
            }
            case Expr.ChanType ct -> {
                Type.Dir d = switch (ct.dir()) {
                    case BOTH -> Type.Dir.BOTH;
                    case SEND -> Type.Dir.SEND;
                    case RECV -> Type.Dir.RECV;
                };
                return new Type.Chan(d, typeOf(ct.value()));
            }
            case Expr.FuncType ft -> {
                return signature(ft);
            }
            case Expr.StructType stt -> {
                List<Type.Field> fields = new ArrayList<>();
                java.util.Set<String> names = new java.util.HashSet<>();
                for (Expr.Field f : stt.fields()) {
                    Type ft = typeOf(f.type());
                    if (f.names().isEmpty()) {
                        Type base = ft instanceof Type.Pointer p ? p.elem() : ft;
                        String name = base instanceof Named n ? n.name : base.toString();
                        if (!names.add(name)) throw c.fail(f.pos(), name + " redeclared");
                        fields.add(new Type.Field(name, ft, true));
                    } else {
                        for (Expr.Ident id : f.names()) {
                            if (!id.name().equals("_") && !names.add(id.name())) throw c.fail(id.pos(), id.name() + " redeclared");
                            fields.add(new Type.Field(id.name(), ft, false));
                        }
                    }
                }
                return new Type.Struct(List.copyOf(fields));
            }
            case Expr.InterfaceType it -> {
                List<Type.Method> ms = new ArrayList<>();
                for (Expr.Field f : it.methods()) {
                    if (f.names().isEmpty()) {
                        Type emb = typeOf(f.type());
                        if (!(emb.underlying() instanceof Type.Interface ei)) {
                            throw c.fail(f.pos(), "cannot use " + emb + " as interface (type constraints are not supported)");
                        }
                        for (Type.Method m : ei.methods()) {
                            if (ms.stream().noneMatch(x -> x.name().equals(m.name()))) ms.add(m);
                        }
                    } else {
                        Type.Signature sig = signature((Expr.FuncType) f.type());
                        String name = f.names().get(0).name();
                        if (ms.stream().anyMatch(x -> x.name().equals(name))) throw c.fail(f.pos(), "duplicate method " + name);
                        ms.add(new Type.Method(name, sig));
                    }
                }
                ms.sort(Comparator.comparing(Type.Method::name));
                return new Type.Interface(List.copyOf(ms));
            }
            default -> throw c.fail(e.pos(), ExprStr.of(e) + " is not a type");
        }
    }

    static String describeConst(Operand n) {
        return Types.isUntyped(n.type) ? n.type + " constant" : "constant of type " + n.type;
    }

    Type.Signature signature(Expr.FuncType ft) {
        List<Type> params = new ArrayList<>();
        boolean variadic = false;
        for (int i = 0; i < ft.params().size(); i++) {
            Expr.Field f = ft.params().get(i);
            Type t;
            if (f.type() instanceof Expr.Ellipsis el) {
                if (i != ft.params().size() - 1 || f.names().size() > 1) {
                    throw c.fail(el.pos(), "can only use ... with final parameter in list");
                }
                t = new Type.Slice(typeOf(el.elt()));
                variadic = true;
            } else {
                t = typeOf(f.type());
            }
            int n = Math.max(1, f.names().size());
            for (int k = 0; k < n; k++) params.add(t);
        }
        List<Type> results = new ArrayList<>();
        for (Expr.Field f : ft.results()) {
            Type t = typeOf(f.type());
            int n = Math.max(1, f.names().size());
            for (int k = 0; k < n; k++) results.add(t);
        }
        return new Type.Signature(List.copyOf(params), List.copyOf(results), variadic);
    }
}
