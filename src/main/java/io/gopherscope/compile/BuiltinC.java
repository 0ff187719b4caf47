package io.gopherscope.compile;

import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.lang.types.Types;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.NativeFunc;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.chan.ChanOps;
import io.gopherscope.rt.chan.HChan;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.maps.GoMap;
import io.gopherscope.rt.maps.Maps;
import io.gopherscope.rt.slices.Slice;
import io.gopherscope.rt.slices.SliceOps;
import io.gopherscope.vm.Ev;
import io.gopherscope.vm.Machine;
import io.gopherscope.vm.RuntimePrint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The predeclared functions: len, cap, append, copy, delete, make, new, panic, print(ln), recover, close, clear, min, max. */
final class BuiltinC {
    private final Compiler c;
    private final ExprC ex;

    BuiltinC(Compiler c, ExprC ex) {
        this.c = c;
        this.ex = ex;
    }

    private void nargs(Expr.Call ce, String name, int min, int max) {
        int n = ce.args().size();
        if (n < min || max >= 0 && n > max) ex.use(ce.args());
        if (n < min) throw c.fail(ce.pos(), "invalid operation: not enough arguments for " + ExprStr.of(ce) + " (expected " + min + ", found " + n + ")");
        // go1.19 reports the surplus at the call; later releases at the first extra argument
        if (max >= 0 && n > max) throw c.fail(c.since(20) ? ce.args().get(max).pos() : ce.pos(), "invalid operation: too many arguments for " + ExprStr.of(ce) + " (expected " + max + ", found " + n + ")");
    }

    Operand call(Expr.Call ce, String name) {
        if (ce.ellipsis() && !name.equals("append")) throw c.fail(ce.pos(), "invalid operation: invalid use of ... with built-in " + name);
        Ctx ctx = c.m;
        switch (name) {
            case "unsafe.Sizeof", "unsafe.Alignof" -> {
                nargs(ce, name, 1, 1);
                Operand x = ex.value(ce.args().get(0));
                Type t = x.isConst() && Types.isUntyped(x.type) ? ex.defaulted(x).type : x.type;
                long v = name.equals("unsafe.Sizeof") ? Values.sizeof(t) : Values.alignof(t);
                return Operand.constant(ce, Basic.UINTPTR, java.math.BigInteger.valueOf(v));
            }
            case "unsafe.Offsetof" -> {
                nargs(ce, name, 1, 1);
                Expr arg = Expr.unparen(ce.args().get(0));
                if (!(arg instanceof Expr.Selector sel)) {
                    throw c.fail(arg.pos(), "invalid argument: " + ExprStr.of(arg) + " is not a selector expression");
                }
                Operand base = ex.value(sel.x());
                Type bt = base.type.underlying() instanceof Type.Pointer bp ? bp.elem() : base.type;
                if (!(bt.underlying() instanceof Type.Struct st)) {
                    throw c.fail(arg.pos(), "invalid argument: " + ExprStr.of(arg) + " is not a selector expression");
                }
                int idx = -1;
                for (int i = 0; i < st.fields().size(); i++) {
                    if (st.fields().get(i).name().equals(sel.sel().name())) idx = i;
                }
                if (idx < 0) throw c.fail(sel.sel().pos(), ExprStr.of(arg) + " undefined (type " + base.type + " has no field " + sel.sel().name() + ")");
                return Operand.constant(ce, Basic.UINTPTR, java.math.BigInteger.valueOf(Values.fieldOffset(st, idx)));
            }
            case "len", "cap" -> {
                nargs(ce, name, 1, 1);
                Operand x = ex.value(ce.args().get(0));
                Type u = x.type.underlying();
                if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) u = a;
                if (name.equals("len") && x.isConst() && x.cv instanceof String s) {
                    return Operand.constant(ce, Basic.INT, BigInteger.valueOf(s.length()));
                }
                if (u instanceof Type.Array a && !hasCallsOrRecv(ce.args().get(0))) {
                    return Operand.constant(ce, Basic.INT, BigInteger.valueOf(a.len()));
                }
                Ev e = x.ev;
                boolean len = name.equals("len");
                Ev r;
                if (u instanceof Basic b && b.isString() && len) r = f -> (long) ((String) e.ev(f)).length();
                else if (u instanceof Type.Slice) r = len ? f -> SliceOps.len((Slice) e.ev(f)) : f -> SliceOps.cap((Slice) e.ev(f));
                else if (u instanceof Type.Array a) r = f -> a.len();
                else if (u instanceof Type.Map && len) r = f -> (long) Maps.len((GoMap) e.ev(f));
                else if (u instanceof Type.Chan) r = len ? f -> ChanOps.len((HChan) e.ev(f)) : f -> ChanOps.cap((HChan) e.ev(f));
                else throw c.fail(ce.args().get(0).pos(), "invalid argument: " + ex.describe(x) + " for " + (c.since(20) ? "built-in " : "") + name);
                return Operand.value(ce, Basic.INT, r);
            }
            case "append" -> {
                if (ce.args().isEmpty()) throw c.fail(ce.rparen(), "not enough arguments for append() (expected 1, found 0)");
                Operand s = ex.value(ce.args().get(0));
                if (s.mode == Operand.Mode.NIL) throw c.fail(ce.args().get(0).pos(), "first argument to append must be a typed slice; found untyped nil");
                if (!(s.type.underlying() instanceof Type.Slice st)) {
                    throw c.fail(ce.args().get(0).pos(), "first argument to append must be a slice; have " + ex.describe(s));
                }
                Type elem = st.elem();
                Ev se = s.ev;
                if (ce.ellipsis()) {
                    if (ce.args().size() != 2) throw c.fail(ce.pos(), "can only use ... with final argument in list");
                    Operand src = ex.value(ce.args().get(1));
                    if (src.type.underlying() instanceof Basic b && b.isString() && elem.underlying() == Basic.UINT8) {
                        Ev re = src.ev;
                        return hoist(fresh(Operand.value(ce, s.type, f -> SliceOps.appendString(ctx, (Slice) se.ev(f), elem, (String) re.ev(f)))));
                    }
                    Ev re = src.mode == Operand.Mode.NIL ? (f -> null) : ex.assign(src, s.type.underlying() instanceof Type.Slice ? new Type.Slice(elem) : s.type, "append");
                    if (src.mode != Operand.Mode.NIL && !(src.type.underlying() instanceof Type.Slice)) {
                        throw c.fail(ce.args().get(1).pos(), "cannot use " + ex.describe(src) + " as []" + elem + " value in argument to append");
                    }
                    return hoist(fresh(Operand.value(ce, s.type, f -> SliceOps.appendSlice(ctx, (Slice) se.ev(f), elem, (Slice) re.ev(f)))));
                }
                List<Ev> vals = new ArrayList<>();
                for (int i = 1; i < ce.args().size(); i++) vals.add(ex.assign(ex.value(ce.args().get(i)), elem, "argument to append"));
                Ev[] vs = vals.toArray(new Ev[0]);
                return hoist(fresh(Operand.value(ce, s.type, f -> {
                    Slice sl = (Slice) se.ev(f);
                    Object[] a = new Object[vs.length];
                    for (int i = 0; i < a.length; i++) a[i] = vs[i].ev(f);
                    return SliceOps.append(ctx, sl, elem, a);
                })));
            }
            case "copy" -> {
                nargs(ce, name, 2, 2);
                Operand d = ex.value(ce.args().get(0));
                Operand s = ex.value(ce.args().get(1));
                Ev de = d.ev, sev = s.ev;
                // types2's _Copy: both element types must be identical, a string source counts as []byte
                Type dst = d.type.underlying() instanceof Type.Slice ds ? ds.elem() : null;
                boolean fromString = s.type.underlying() instanceof Basic b && b.isString();
                Type src = fromString ? Basic.UINT8 : s.type.underlying() instanceof Type.Slice ss ? ss.elem() : null;
                io.gopherscope.lang.token.Pos at = ce.args().get(0).pos();
                if (dst == null || src == null) {
                    throw c.fail(at, "invalid argument: copy expects slice arguments; found " + ex.describe(d) + " and " + ex.describe(s));
                }
                if (!Types.identical(dst, src)) {
                    throw c.fail(at, "invalid argument: arguments to copy " + ex.describe(d) + " and " + ex.describe(s)
                            + " have different element types " + dst + " and " + (fromString ? "byte" : src.toString()));
                }
                if (fromString) {
                    return hoist(Operand.value(ce, Basic.INT, f -> SliceOps.copyFromString((Slice) de.ev(f), (String) sev.ev(f))));
                }
                return hoist(Operand.value(ce, Basic.INT, f -> SliceOps.copy((Slice) de.ev(f), (Slice) sev.ev(f))));
            }
            case "delete" -> {
                nargs(ce, name, 2, 2);
                Operand m = ex.value(ce.args().get(0));
                if (!(m.type.underlying() instanceof Type.Map mt)) throw c.fail(ce.args().get(0).pos(), "invalid argument: " + ex.describe(m) + " is not a map");
                Ev k = ex.assign(ex.value(ce.args().get(1)), mt.key(), "argument to delete");
                Ev me = m.ev;
                return novalue(ce, f -> {
                    Maps.delete(ctx, (GoMap) me.ev(f), k.ev(f));
                    return null;
                });
            }
            case "make" -> {
                if (ce.args().isEmpty()) throw c.fail(ce.rparen(), "not enough arguments for make() (expected 1, found 0)");
                Type t = ex.typeOf(ce.args().get(0));
                Type u = t.underlying();
                List<Ev> sizes = new ArrayList<>();
                for (int i = 1; i < ce.args().size(); i++) {
                    Operand sz = ex.value(ce.args().get(i));
                    if (sz.isConst()) {
                        BigInteger v = Consts.toIntExact(sz.cv);
                        if (v == null) throw c.fail(sz.node.pos(), ExprStr.of(sz.node) + " (" + TypeC.describeConst(sz) + ") truncated to int");
                        if (v.signum() < 0) throw c.fail(sz.node.pos(), "invalid argument: index " + ExprStr.of(sz.node) + " (constant of type int) must not be negative");
                    }
                    sizes.add(ex.indexValueAllowNegative(sz));
                }
                if (u instanceof Type.Slice st) {
                    if (sizes.isEmpty()) throw c.fail(ce.pos(), "invalid operation: " + ExprStr.of(ce) + " expects 2 or 3 arguments; found 1");
                    if (sizes.size() > 2) throw c.fail(ce.pos(), "invalid operation: " + ExprStr.of(ce) + " expects 2 or 3 arguments; found " + ce.args().size());
                    Ev l = sizes.get(0);
                    Ev cp = sizes.size() > 1 ? sizes.get(1) : l;
                    Type elem = st.elem();
                    return fresh(Operand.value(ce, t, f -> SliceOps.makeslice(ctx, elem, (Long) l.ev(f), (Long) cp.ev(f))));
                }
                if (u instanceof Type.Map mt) {
                    if (sizes.size() > 1) throw c.fail(ce.pos(), "invalid operation: " + ExprStr.of(ce) + " expects 1 or 2 arguments; found " + ce.args().size());
                    Ev h = sizes.isEmpty() ? f -> 0L : sizes.get(0);
                    return fresh(Operand.value(ce, t, f -> Maps.make(ctx, mt, (Long) h.ev(f))));
                }
                if (u instanceof Type.Chan ct) {
                    if (sizes.size() > 1) throw c.fail(ce.pos(), "invalid operation: " + ExprStr.of(ce) + " expects 1 or 2 arguments; found " + ce.args().size());
                    Ev h = sizes.isEmpty() ? f -> 0L : sizes.get(0);
                    return fresh(Operand.value(ce, t, f -> ChanOps.makechan(ctx, ct.elem(), (Long) h.ev(f))));
                }
                throw c.fail(ce.args().get(0).pos(), "invalid argument: cannot make " + ExprStr.of(ce.args().get(0)) + "; type must be slice, map, or channel");
            }
            case "new" -> {
                nargs(ce, name, 1, 1);
                Type t = ex.typeOf(ce.args().get(0));
                int size = Values.sizeof(t);
                return fresh(Operand.value(ce, new Type.Pointer(t), f -> {
                    Cell cell = new Cell(Values.zero(t));
                    cell.addr = ctx.heap().alloc(size);
                    return new Pointer.ToCell(cell);
                }));
            }
            case "panic" -> {
                nargs(ce, name, 1, 1);
                Ev v = ex.assign(ex.value(ce.args().get(0)), Universe.ANY, "argument to panic");
                return novalue(ce, f -> {
                    throw new GoPanic((Iface) v.ev(f));
                });
            }
            case "print", "println" -> {
                boolean ln = name.equals("println");
                List<Ev> evs = new ArrayList<>();
                List<Type> ts = new ArrayList<>();
                for (Expr a : ce.args()) {
                    Operand o = ex.defaulted(ex.value(a));
                    if (o.mode == Operand.Mode.NIL) throw c.fail(a.pos(), "use of untyped nil in argument to built-in " + name);
                    evs.add(o.ev);
                    ts.add(o.type);
                }
                return novalue(ce, f -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < evs.size(); i++) {
                        if (ln && i > 0) sb.append(' ');
                        RuntimePrint.print(sb, evs.get(i).ev(f), ts.get(i));
                    }
                    if (ln) sb.append('\n');
                    ctx.writeStderr(sb.toString());
                    return null;
                });
            }
            case "recover" -> {
                nargs(ce, name, 0, 0);
                Machine m = (Machine) ctx;
                return hoist(Operand.value(ce, Universe.ANY, f -> m.recover(f)));
            }
            case "close" -> {
                nargs(ce, name, 1, 1);
                Operand ch = ex.value(ce.args().get(0));
                if (!(ch.type.underlying() instanceof Type.Chan ct)) throw c.fail(ce.args().get(0).pos(), "invalid operation: non-chan argument " + ex.describe(ch) + " to close");
                if (ct.dir() == Type.Dir.RECV) throw c.fail(ce.args().get(0).pos(), "invalid operation: cannot close receive-only channel " + ex.describe(ch));
                Ev e = ch.ev;
                return novalue(ce, f -> {
                    ChanOps.closechan(ctx, (HChan) e.ev(f));
                    return null;
                });
            }
            case "clear" -> {
                nargs(ce, name, 1, 1);
                Operand x = ex.value(ce.args().get(0));
                Ev e = x.ev;
                if (x.type.underlying() instanceof Type.Map) {
                    return novalue(ce, f -> {
                        GoMap m = (GoMap) e.ev(f);
                        if (m != null) m.clear(ctx);
                        return null;
                    });
                }
                if (x.type.underlying() instanceof Type.Slice st) {
                    Type elem = st.elem();
                    return novalue(ce, f -> {
                        Slice s = (Slice) e.ev(f);
                        if (s != null) for (int i = 0; i < s.len; i++) s.set(i, Values.zero(elem));
                        return null;
                    });
                }
                throw c.fail(ce.args().get(0).pos(), "invalid argument: " + ex.describe(x) + " must be a map or slice");
            }
            case "min", "max" -> {
                if (ce.args().isEmpty()) throw c.fail(ce.rparen(), "not enough arguments for " + name + "() (expected 1, found 0)");
                return minmax(ce, name.equals("min"));
            }
            default -> throw c.fail(ce.pos(), name + " is not supported");
        }
    }

    private Operand minmax(Expr.Call ce, boolean isMin) {
        List<Operand> ops = new ArrayList<>();
        for (Expr a : ce.args()) ops.add(ex.value(a));
        boolean allConst = ops.stream().allMatch(Operand::isConst);
        if (allConst) {
            Operand best = ops.get(0);
            for (Operand o : ops) {
                int cmp = Consts.compare(o.cv, best.cv);
                if (isMin ? cmp < 0 : cmp > 0) best = o;
            }
            Type t = ops.stream().map(o -> o.type).filter(tt -> !Types.isUntyped(tt)).findFirst().orElse(best.type);
            return Operand.constant(ce, t, best.cv);
        }
        Type t = ops.stream().filter(o -> !Types.isUntyped(o.type)).map(o -> o.type).findFirst().orElseThrow();
        if (!Types.ordered(t)) throw c.fail(ce.pos(), "invalid argument: " + ex.describe(ops.get(0)) + " cannot be ordered");
        List<Ev> evs = new ArrayList<>();
        for (Operand o : ops) evs.add(ex.assign(o, t, "argument to " + (isMin ? "min" : "max")));
        Basic b = (Basic) t.underlying();
        return Operand.value(ce, t, f -> {
            Object best = evs.get(0).ev(f);
            for (int i = 1; i < evs.size(); i++) {
                Object v = evs.get(i).ev(f);
                int cmp;
                if (b.isFloat()) {
                    double x = (Double) v, y = (Double) best;
                    if (Double.isNaN(x) || Double.isNaN(y)) {
                        best = Double.NaN;
                        continue;
                    }
                    cmp = Double.compare(x, y);
                    if (x == 0 && y == 0) cmp = isMin ? (1 / x < 0 ? -1 : 0) : (1 / x > 0 ? 1 : 0);
                } else if (b.isString()) {
                    cmp = ((String) v).compareTo((String) best);
                } else {
                    cmp = b.isUnsigned() ? Long.compareUnsigned((Long) v, (Long) best) : Long.compare((Long) v, (Long) best);
                }
                if (isMin ? cmp < 0 : cmp > 0) best = v;
            }
            return best;
        });
    }

    private static Operand fresh(Operand o) {
        o.fresh = true;
        return o;
    }

    /**
     * Builtin calls with effects (copy, append, recover) are function calls in the spec's
     * evaluation order: like other calls they run before the non-call operands around them, so
     * gc hoists them into temporaries; so do we.
     */
    private Operand hoist(Operand o) {
        int tmp = c.fn.newSlot();
        Ev e = o.ev;
        c.fn.emit(new io.gopherscope.vm.Ins.Exec(f -> {
            f.s[tmp] = e.ev(f);
            return null;
        }), o.node.pos());
        Operand r = Operand.value(o.node, o.type, f -> f.s[tmp]);
        r.fresh = o.fresh;
        return r;
    }

    private static Operand novalue(Expr.Call ce, Ev ev) {
        Operand o = new Operand();
        o.mode = Operand.Mode.NOVALUE;
        o.type = new Type.Tuple(List.of());
        o.node = ce;
        o.ev = ev;
        return o;
    }

    private static boolean hasCallsOrRecv(Expr e) {
        final boolean[] found = {false};
        scan(e, found);
        return found[0];
    }

    private static void scan(Expr e, boolean[] found) {
        if (e == null || found[0]) return;
        switch (e) {
            case Expr.Call c -> found[0] = true;
            case Expr.Unary u -> {
                if (u.op() == io.gopherscope.lang.token.TokenKind.ARROW) found[0] = true;
                else scan(u.x(), found);
            }
            case Expr.Paren p -> scan(p.x(), found);
            case Expr.Selector s -> scan(s.x(), found);
            case Expr.Index ix -> {
                scan(ix.x(), found);
                scan(ix.index(), found);
            }
            case Expr.Star s -> scan(s.x(), found);
            case Expr.Binary b -> {
                scan(b.x(), found);
                scan(b.y(), found);
            }
            default -> {
            }
        }
    }
}
