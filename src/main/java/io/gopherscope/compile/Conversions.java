package io.gopherscope.compile;

import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.lang.types.Types;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.slices.Bounds;
import io.gopherscope.rt.slices.Slice;
import io.gopherscope.rt.slices.StringConv;
import io.gopherscope.vm.Arith;
import io.gopherscope.vm.Ev;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Conversions {@code T(x)} as the spec's "Conversions" section allows them. */
final class Conversions {
    private Conversions() {
    }

    static Operand convert(Compiler c, ExprC ex, Expr.Call ce, Operand x, Type t) {
        Type tu = t.underlying();
        if (x.mode == Operand.Mode.NIL) {
            if (!Types.assignable(Basic.UNTYPED_NIL, t, ex.lookup)) throw c.fail(ce.pos(), "cannot convert nil to type " + t);
            Operand o = Operand.value(ce, t, f -> null);
            return o;
        }
        // constants
        if (x.isConst() && tu instanceof Basic tb) {
            Basic xb = (Basic) x.type.underlying();
            if (tb.isString() && xb.isInteger()) {
                BigInteger r = Consts.toIntExact(x.cv);
                String s = StringConv.runeToString(r.bitLength() > 32 ? 0xFFFD : r.longValue());
                return Operand.constant(ce, t, s);
            }
            if ((tb.isNumeric() && Consts.isNumber(x.cv))
                    || (tb.isString() && x.cv instanceof String) || (tb.isBoolean() && x.cv instanceof Boolean)) {
                Object v = x.cv;
                if (tb.isInteger()) {
                    BigInteger i = Consts.toIntExact(v);
                    if (i == null) throw c.fail(ce.args().get(0).pos(), "cannot convert " + ex.describe(x) + " to type " + t);
                    v = i;
                } else if (tb.isFloat()) {
                    double d = Consts.toDouble(v);
                    if (tb.kind == Basic.Kind.FLOAT32) d = (float) d;
                    if (!Double.isInfinite(d)) v = Rat.of(new BigDecimal(d));
                }
                if (!Consts.representable(v, tb)) {
                    // go1.22+ (go.dev/issue/63563): integer constant to integer type can only overflow
                    if (c.since(22) && tb.isInteger() && xb.isInteger()) {
                        throw c.fail(ce.args().get(0).pos(), "constant " + Consts.show(x.cv) + " overflows " + t);
                    }
                    throw c.fail(ce.args().get(0).pos(), "cannot convert " + ex.describe(x) + " to type " + t);
                }
                return Operand.constant(ce, t, v);
            }
        }
        Operand src = x.isConst() && Types.isUntyped(x.type) ? ex.defaulted(x) : x;
        if (src.type == Basic.UNTYPED_BOOL) src = Operand.value(src.node, Basic.BOOL, src.ev);
        Type xt = src.type;
        Type xu = xt.underlying();
        Ev e = src.ev;
        Ev r = null;
        if (Types.identical(xu, tu) || (xu instanceof Type.Pointer xp && tu instanceof Type.Pointer tp
                && Types.identical(xp.elem().underlying(), tp.elem().underlying()))) {
            r = Values.needsCopy(t) && !src.fresh ? f -> Values.copy(e.ev(f)) : e;
        } else if (tu instanceof Type.Interface) {
            if (!Types.assignable(xt, t, ex.lookup)) {
                throw c.fail(ce.pos(), "cannot convert " + ex.describe(x) + " to type " + t);
            }
            if (xu instanceof Type.Interface) r = e;
            else r = f -> new Iface(xt, Values.copy(e.ev(f)));
        } else if (xu instanceof Basic xb && tu instanceof Basic tb) {
            r = basic(xb, tb, e);
        } else if (xu instanceof Basic xb && xb.isString() && tu instanceof Type.Slice ts
                && ts.elem().underlying() instanceof Basic eb) {
            io.gopherscope.rt.Ctx ctx = c.m;
            // gc turns a conversion of a constant string into a fresh array of exactly its length
            boolean exact = x.isConst();
            if (eb.kind == Basic.Kind.UINT8) r = f -> StringConv.stringToBytes(ctx, (String) e.ev(f), exact);
            else if (eb.kind == Basic.Kind.INT32) r = f -> StringConv.stringToRunes(ctx, (String) e.ev(f), exact);
        } else if (tu instanceof Basic tb && tb.isString() && xu instanceof Type.Slice xs
                && xs.elem().underlying() instanceof Basic eb) {
            if (eb.kind == Basic.Kind.UINT8) r = f -> StringConv.bytesToString((Slice) e.ev(f));
            else if (eb.kind == Basic.Kind.INT32) r = f -> StringConv.runesToString((Slice) e.ev(f));
        } else if (xu instanceof Type.Slice xs && tu instanceof Type.Pointer tp && tp.elem().underlying() instanceof Type.Array ta
                && Types.identical(xs.elem(), ta.elem())) {
            long n = ta.len();
            int gm = c.goMinor;
            io.gopherscope.rt.Ctx ctx = c.m;
            r = f -> {
                Slice s = (Slice) e.ev(f);
                Bounds.checkConvert(s, n, gm);
                if (s == null) return null;
                return new io.gopherscope.rt.Pointer.ToElem(s.array, s.off);
            };
        }
        if (r == null) {
            throw c.fail(ce.args().get(0).pos(), "cannot convert " + ex.describe(x) + " to type " + t);
        }
        Operand o = Operand.value(ce, t, r);
        o.fresh = src.fresh;
        return o;
    }

    private static Ev basic(Basic xb, Basic tb, Ev e) {
        if (xb.isInteger() && tb.isInteger()) {
            Basic.Kind k = tb.kind;
            return f -> Arith.wrap((Long) e.ev(f), k);
        }
        if (xb.isInteger() && tb.isFloat()) {
            boolean uns = xb.isUnsigned();
            if (tb.kind == Basic.Kind.FLOAT32) return f -> (double) (float) Arith.i2f((Long) e.ev(f), uns);
            return f -> Arith.i2f((Long) e.ev(f), uns);
        }
        if (xb.isFloat() && tb.isInteger()) {
            Basic.Kind k = tb.kind;
            return f -> Arith.f2i((Double) e.ev(f), k);
        }
        if (xb.isFloat() && tb.isFloat()) {
            if (tb.kind == Basic.Kind.FLOAT32) return f -> (double) (float) (double) (Double) e.ev(f);
            return e;
        }
        if (xb.isInteger() && tb.isString()) {
            return f -> StringConv.runeToString((Long) e.ev(f));
        }
        if (xb.isString() && tb.isString()) return e;
        if (xb.isBoolean() && tb.isBoolean()) return e;
        return null;
    }
}
