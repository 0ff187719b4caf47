package io.gopherscope.compile;

import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.maps.GoMap;
import io.gopherscope.rt.maps.Maps;
import io.gopherscope.rt.slices.SliceOps;
import io.gopherscope.vm.Closure;
import io.gopherscope.vm.Ev;
import io.gopherscope.vm.FuncCode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Composite literals and function literals. */
final class LitC {
    private final Compiler c;
    private final ExprC ex;

    LitC(Compiler c, ExprC ex) {
        this.c = c;
        this.ex = ex;
    }

    /** {@code T{...}}; {@code hint} is the element type when the literal's type is elided. */
    Operand composite(Expr.CompositeLit cl, Type hint) {
        Type t;
        boolean takeAddr = false;
        if (cl.type() == null) {
            if (hint == null) throw c.fail(cl.pos(), "invalid composite literal type: missing type");
            t = hint;
            if (t.underlying() instanceof Type.Pointer p) {
                t = p.elem();
                takeAddr = true;
            }
        } else if (cl.type() instanceof Expr.ArrayType at && at.len() instanceof Expr.Ellipsis) {
            Type elem = ex.typeOf(at.elem());
            long n = arrayLen(cl.elts());
            t = new Type.Array(n, elem);
        } else {
            t = ex.typeOf(cl.type());
        }
        Ev ev = build(cl, t);
        Operand o;
        if (takeAddr) {
            Ctx ctx = c.m;
            int size = Values.sizeof(t);
            Ev inner = ev;
            o = Operand.value(cl, new Type.Pointer(t), f -> {
                Cell cell = new Cell(inner.ev(f));
                cell.addr = ctx.heap().alloc(size);
                return new Pointer.ToCell(cell);
            });
        } else {
            o = Operand.value(cl, t, ev);
        }
        o.fresh = true;
        return o;
    }

    private long arrayLen(List<Expr> elts) {
        long idx = 0, max = 0;
        for (Expr e : elts) {
            if (e instanceof Expr.KeyValue kv) {
                Operand k = ex.value(kv.key());
                if (!k.isConst()) throw c.fail(kv.key().pos(), "index " + ExprStr.of(kv.key()) + " must be integer constant");
                idx = Consts.toIntExact(k.cv).longValue();
            }
            idx++;
            max = Math.max(max, idx);
        }
        return max;
    }

    private Ev elem(Expr e, Type t) {
        if (e instanceof Expr.CompositeLit inner && inner.type() == null) {
            Operand o = composite(inner, t);
            return ex.assign(o, t, "array or slice literal");
        }
        return ex.assign(ex.value(e), t, t.underlying() instanceof Type.Struct ? "struct literal" : "array or slice literal");
    }

    private Ev build(Expr.CompositeLit cl, Type t) {
        Type u = t.underlying();
        Ctx ctx = c.m;
        switch (u) {
            case Type.Struct st -> {
                int n = st.fields().size();
                Ev[] fields = new Ev[n];
                boolean keyed = !cl.elts().isEmpty() && cl.elts().get(0) instanceof Expr.KeyValue;
                if (keyed) {
                    for (Expr e : cl.elts()) {
                        if (!(e instanceof Expr.KeyValue kv)) throw c.fail(e.pos(), "mixture of field:value and value elements in struct literal");
                        if (!(kv.key() instanceof Expr.Ident id)) throw c.fail(kv.key().pos(), "invalid field name " + ExprStr.of(kv.key()) + " in struct literal");
                        int idx = st.fieldIndex(id.name());
                        if (idx < 0) throw c.fail(kv.key().pos(), c.since(20) ? "unknown field " + id.name() + " in struct literal of type " + t
                                : "unknown field '" + id.name() + "' in struct literal of type " + t);
                        // types2 reports a duplicate at the key:value pair's own position, the colon
                        if (fields[idx] != null) throw c.fail(new io.gopherscope.lang.token.Pos(kv.key().pos().line(), kv.key().pos().col() + id.name().length()),
                                "duplicate field name " + id.name() + " in struct literal");
                        fields[idx] = elemIn(kv.value(), st.fields().get(idx).type(), "struct literal");
                    }
                } else if (!cl.elts().isEmpty()) {
                    for (int i = 0; i < cl.elts().size(); i++) {
                        Expr e = cl.elts().get(i);
                        if (e instanceof Expr.KeyValue) throw c.fail(e.pos(), "mixture of field:value and value elements in struct literal");
                        if (i >= n) throw c.fail(e.pos(), c.since(20) ? "too many values in struct literal of type " + t : "too many values in " + ExprStr.of(cl));
                        fields[i] = elemIn(e, st.fields().get(i).type(), "struct literal");
                    }
                    if (cl.elts().size() < n) throw c.fail(cl.rbrace(), c.since(20) ? "too few values in struct literal of type " + t : "too few values in " + ExprStr.of(cl));
                }
                Object[] zeros = new Object[n];
                for (int i = 0; i < n; i++) {
                    if (fields[i] == null) {
                        Type ft = st.fields().get(i).type();
                        if (Values.needsCopy(ft)) fields[i] = f -> Values.zero(ft);
                        else zeros[i] = Values.zero(ft);
                    }
                }
                return f -> {
                    Object[] vals = new Object[n];
                    for (int i = 0; i < n; i++) vals[i] = fields[i] == null ? zeros[i] : fields[i].ev(f);
                    return new GoStruct(vals);
                };
            }
            case Type.Array at -> {
                Ev[] evs = indexed(cl, at.elem(), at.len());
                Type elem = at.elem();
                int size = Values.sizeof(elem);
                return f -> {
                    Object[] a = new Object[evs.length];
                    for (int i = 0; i < a.length; i++) a[i] = evs[i] == null ? Values.zero(elem) : evs[i].ev(f);
                    return new GoArray(elem, size, a);
                };
            }
            case Type.Slice sl -> {
                Ev[] evs = indexed(cl, sl.elem(), -1);
                Type elem = sl.elem();
                return f -> {
                    Object[] a = new Object[evs.length];
                    for (int i = 0; i < a.length; i++) a[i] = evs[i] == null ? Values.zero(elem) : evs[i].ev(f);
                    return SliceOps.literal(ctx, elem, a);
                };
            }
            case Type.Map mt -> {
                List<Ev[]> kvs = new ArrayList<>();
                Set<Object> constKeys = new HashSet<>();
                for (Expr e : cl.elts()) {
                    if (!(e instanceof Expr.KeyValue kv)) throw c.fail(e.pos(), "missing key in map literal");
                    Ev k;
                    if (kv.key() instanceof Expr.CompositeLit kc && kc.type() == null) {
                        k = ex.assign(composite(kc, mt.key()), mt.key(), "map literal");
                    } else {
                        Operand ko = ex.value(kv.key());
                        if (ko.isConst() && !constKeys.add(ko.cv)) {
                            throw c.fail(kv.key().pos(), "duplicate key " + ExprStr.of(kv.key()) + " in map literal");
                        }
                        k = ex.assign(ko, mt.key(), "map literal");
                    }
                    Ev v = elemIn(kv.value(), mt.elem(), "map literal");
                    kvs.add(new Ev[]{k, v});
                }
                Ev[][] pairs = kvs.toArray(new Ev[0][]);
                return f -> {
                    GoMap m = Maps.make(ctx, mt, pairs.length);
                    for (Ev[] p : pairs) m.assign(ctx, p[0].ev(f), p[1].ev(f));
                    return m;
                };
            }
            default -> throw c.fail(cl.pos(), "invalid composite literal type " + t);
        }
    }

    private Ev elemIn(Expr e, Type t, String context) {
        if (e instanceof Expr.CompositeLit inner && inner.type() == null) {
            return ex.assign(composite(inner, t), t, context);
        }
        return ex.assign(ex.value(e), t, context);
    }

    private Ev[] indexed(Expr.CompositeLit cl, Type elem, long arrayLen) {
        Map<Long, Ev> byIndex = new java.util.TreeMap<>();
        long idx = 0, max = 0;
        for (Expr e : cl.elts()) {
            Expr v = e;
            if (e instanceof Expr.KeyValue kv) {
                Operand k = ex.value(kv.key());
                BigInteger ki = k.isConst() ? Consts.toIntExact(k.cv) : null;
                if (ki == null) throw c.fail(kv.key().pos(), "index " + ExprStr.of(kv.key()) + " must be integer constant");
                idx = ki.longValue();
                if (idx < 0) throw c.fail(kv.key().pos(), "index " + ExprStr.of(kv.key()) + " must be non-negative integer constant");
                v = kv.value();
            }
            if (arrayLen >= 0 && idx >= arrayLen) {
                throw c.fail(v.pos(), "index " + idx + " out of bounds [0:" + arrayLen + "]");
            }
            if (byIndex.containsKey(idx)) throw c.fail(e.pos(), "duplicate index " + idx + " in array or slice literal");
            byIndex.put(idx, elemIn(v, elem, "array or slice literal"));
            idx++;
            max = Math.max(max, idx);
        }
        int n = (int) (arrayLen >= 0 ? arrayLen : max);
        Ev[] out = new Ev[n];
        for (Map.Entry<Long, Ev> en : byIndex.entrySet()) out[en.getKey().intValue()] = en.getValue();
        return out;
    }

    /** A function literal: compiled as its own function; captured variables become shared cells. */
    Operand funcLit(Expr.FuncLit fl) {
        Type.Signature sig = ex.signature(fl.type());
        FnCtx outer = c.fn;
        String name = outerName(outer) + ".func" + (++rootOf(outer).funcLitCount);
        FuncCode code = new FuncCode(name);
        code.sig = sig;
        code.line = fl.pos().line();
        FnCtx inner = c.st.compileFunc(code, outer, fl.type(), null, fl.body(), sig);
        Sym.Var[] caps = inner.captures.keySet().toArray(new Sym.Var[0]);
        Ev[] capEvs = new Ev[caps.length];
        for (int i = 0; i < caps.length; i++) {
            Sym.Var v = caps[i];
            if (v.owner == outer) {
                int slot = v.slot;
                capEvs[i] = f -> f.s[slot];
            } else {
                int k = outer.capture(v);
                capEvs[i] = f -> f.closure.captured[k];
            }
        }
        Ctx ctx = c.m;
        Operand o = Operand.value(fl, sig, f -> {
            Object[] cap = new Object[capEvs.length];
            for (int i = 0; i < cap.length; i++) cap[i] = capEvs[i].ev(f);
            Closure cl = new Closure(code, cap);
            cl.addr = cap.length == 0 ? 0x4b0000L + (code.hashCode() & 0xfff0L) : ctx.heap().alloc(8L + 8L * cap.length);
            return cl;
        });
        o.fresh = true;
        return o;
    }

    private static FnCtx rootOf(FnCtx f) {
        while (f.parent != null) f = f.parent;
        return f;
    }

    private static String outerName(FnCtx f) {
        FnCtx r = rootOf(f);
        String n = r.code.name;
        if (n.startsWith("main.init") && !n.matches("main\\.init\\.\\d+")) return "main.glob.";
        return n;
    }
}
