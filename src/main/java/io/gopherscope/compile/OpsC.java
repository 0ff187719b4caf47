package io.gopherscope.compile;

import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.token.TokenKind;
import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.lang.types.Types;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Values;
import io.gopherscope.vm.Arith;
import io.gopherscope.vm.ChanIns;
import io.gopherscope.vm.Ev;
import io.gopherscope.vm.Ins;
import io.gopherscope.vm.Instr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Unary and binary operators: constant folding, type rules and run-time code. */
final class OpsC {
    private final Compiler c;
    private final ExprC ex;

    OpsC(Compiler c, ExprC ex) {
        this.c = c;
        this.ex = ex;
    }

    // ------------------------------------------------------------------ unary

    Operand unary(Expr.Unary u) {
        if (u.op() == TokenKind.AND) return addressOf(u);
        if (u.op() == TokenKind.ARROW) return receive(u);
        Operand x = ex.value(u.x());
        Type t = x.type;
        Type ut = t.underlying();
        if (!(ut instanceof Basic b)) throw c.fail(u.x().pos(), "invalid operation: operator " + u.op().text + " not defined on " + ex.describe(x));
        switch (u.op()) {
            case NOT -> {
                if (!b.isBoolean()) throw c.fail(u.x().pos(), "invalid operation: operator ! not defined on " + ex.describe(x));
                if (x.isConst()) return Operand.constant(u, t, !(Boolean) x.cv);
                Ev e = x.ev;
                return Operand.value(u, t, f -> !(Boolean) e.ev(f));
            }
            case SUB, ADD -> {
                if (!b.isNumeric()) throw c.fail(u.x().pos(), "invalid operation: operator " + u.op().text + " not defined on " + ex.describe(x));
                if (u.op() == TokenKind.ADD) return x;
                if (x.isConst()) {
                    Object v = x.cv instanceof BigInteger i ? i.negate() : Rat.of(x.cv).negate();
                    return checkTypedConst(Operand.constant(u, t, v));
                }
                Ev e = x.ev;
                if (b.isFloat()) return Operand.value(u, t, f -> -(Double) e.ev(f));
                Basic.Kind k = b.kind;
                return Operand.value(u, t, f -> Arith.wrap(-(Long) e.ev(f), k));
            }
            case XOR -> {
                if (!b.isInteger()) throw c.fail(u.x().pos(), "invalid operation: operator ^ not defined on " + ex.describe(x));
                if (x.isConst()) {
                    BigInteger i = Consts.toIntExact(x.cv);
                    BigInteger r;
                    if (b.isUnsigned()) r = i.xor(Consts.max(b));
                    else r = i.not();
                    return checkTypedConst(Operand.constant(u, t, r));
                }
                Ev e = x.ev;
                Basic.Kind k = b.kind;
                return Operand.value(u, t, f -> Arith.wrap(~(Long) e.ev(f), k));
            }
            default -> throw c.fail(u.pos(), "unknown operator " + u.op().text);
        }
    }

    private Operand addressOf(Expr.Unary u) {
        Expr inner = Expr.unparen(u.x());
        if (inner instanceof Expr.CompositeLit cl) {
            Operand lit = c.ex.lits.composite(cl, null);
            Ev e = lit.ev;
            io.gopherscope.rt.Ctx ctx = c.m;
            int size = Values.sizeof(lit.type);
            Operand o = Operand.value(u, new Type.Pointer(lit.type), f -> {
                io.gopherscope.rt.Cell cell = new io.gopherscope.rt.Cell(e.ev(f));
                cell.addr = ctx.heap().alloc(size);
                return new io.gopherscope.rt.Pointer.ToCell(cell);
            });
            o.fresh = true;
            return o;
        }
        Operand x = ex.value(u.x());
        if (x.mode != Operand.Mode.VAR || x.lv == null || x.lv.addr() == null) {
            if (x.mode == Operand.Mode.MAPINDEX) throw c.fail(u.pos(), "invalid operation: cannot take address of " + ex.describe(x));
            throw c.fail(u.pos(), "invalid operation: cannot take address of " + ex.describe(x));
        }
        Ev a = x.lv.addr();
        return Operand.value(u, new Type.Pointer(x.type), a);
    }

    private Operand receive(Expr.Unary u) {
        Operand x = ex.value(u.x());
        if (!(x.type.underlying() instanceof Type.Chan ct)) {
            throw c.fail(u.x().pos(), "invalid operation: cannot receive from non-channel " + ex.describe(x));
        }
        if (ct.dir() == Type.Dir.SEND) {
            throw c.fail(u.x().pos(), "invalid operation: cannot receive from send-only channel " + ex.describe(x));
        }
        int dst = c.fn.newSlot();
        int ok = c.fn.newSlot();
        ChanIns.Recv in = new ChanIns.Recv(x.ev, dst, ok, ct.elem());
        in.label = "chanrecv";
        c.fn.emit(in, u.pos());
        Operand o = new Operand();
        o.mode = Operand.Mode.COMMAOK;
        o.type = ct.elem();
        o.node = u;
        o.ev = f -> f.s[dst];
        o.okEv = f -> new Object[]{f.s[dst], f.s[ok]};
        o.fresh = true;
        return o;
    }

    // ------------------------------------------------------------------ binary

    Operand binary(Expr.Binary b) {
        TokenKind op = b.op();
        if (op == TokenKind.LAND || op == TokenKind.LOR) return logical(b);
        Operand x = ex.value(b.x());
        Operand y = ex.value(b.y());
        if (op == TokenKind.SHL || op == TokenKind.SHR) return shift(b, x, y);
        if (x.invalid() || y.invalid()) return Operand.invalid(b);
        boolean cmp = op == TokenKind.EQL || op == TokenKind.NEQ || op == TokenKind.LSS || op == TokenKind.LEQ
                || op == TokenKind.GTR || op == TokenKind.GEQ;
        if (cmp) return comparison(b, x, y);
        // bring untyped operands to the other's type
        if (x.isConst() && y.isConst() && Types.isUntyped(x.type) && Types.isUntyped(y.type)) {
            if (!mayConvert(x, y)) throw mismatched(b, x, y);
            Type rt = rank(x.type) >= rank(y.type) ? x.type : y.type;
            return foldArith(b, op, x, y, rt);
        }
        if (Types.isUntyped(x.type) != Types.isUntyped(y.type) && !mayConvert(x, y)) throw mismatched(b, x, y);
        if (Types.isUntyped(x.type) && !Types.isUntyped(y.type)) x = convertUntyped(x, y.type, b, y);
        else if (Types.isUntyped(y.type) && !Types.isUntyped(x.type)) y = convertUntyped(y, x.type, b, x);
        if (!Types.identical(x.type, y.type)) throw mismatched(b, x, y);
        Type t = x.type;
        if (!(t.underlying() instanceof Basic bt) || !opDefined(op, bt)) {
            throw c.fail(b.pos(), "invalid operation: operator " + op.text + " not defined on " + ex.describe(x));
        }
        if (x.isConst() && y.isConst()) return foldArith(b, op, x, y, t);
        if ((op == TokenKind.QUO || op == TokenKind.REM) && y.isConst() && bt.isInteger()
                && Consts.toIntExact(y.cv).signum() == 0) {
            throw c.fail(b.y().pos(), "invalid operation: division by zero");
        }
        return Operand.value(b, t, arith(op, bt, x.ev, y.ev));
    }

    /** types2's binary error: at the start of the expression, operand types in source order. */
    private CompileError mismatched(Expr.Binary b, Operand x, Operand y) {
        return c.fail(b.pos(), "invalid operation: " + ExprStr.of(b) + " (mismatched types " + x.type + " and " + y.type + ")");
    }

    /**
     * types2's matchTypes.mayConvert: an untyped operand converts to the other operand's type only
     * if both are boolean, both string, or both numeric (or nil meets a type that has nil).
     */
    private static boolean mayConvert(Operand x, Operand y) {
        if (x.mode == Operand.Mode.NIL || y.mode == Operand.Mode.NIL) return true;
        if (y.type.underlying() instanceof Type.Interface || x.type.underlying() instanceof Type.Interface) return true;
        if (!(x.type.underlying() instanceof Basic xb) || !(y.type.underlying() instanceof Basic yb)) return false;
        return xb.isBoolean() == yb.isBoolean() && xb.isString() == yb.isString();
    }

    private static int rank(Type t) {
        if (t == Basic.UNTYPED_FLOAT) return 3;
        if (t == Basic.UNTYPED_RUNE) return 2;
        if (t == Basic.UNTYPED_INT) return 1;
        return 0;
    }

    private boolean opDefined(TokenKind op, Basic b) {
        return switch (op) {
            case ADD -> b.isNumeric() || b.isString();
            case SUB, MUL, QUO -> b.isNumeric();
            case REM, AND, OR, XOR, AND_NOT -> b.isInteger();
            default -> false;
        };
    }

    private Operand foldArith(Expr.Binary b, TokenKind op, Operand x, Operand y, Type t) {
        Basic bt = t.underlying() instanceof Basic bb ? bb : null;
        if (bt == null || !opDefined(op, bt)) {
            throw c.fail(b.pos(), "invalid operation: operator " + op.text + " not defined on " + ex.describe(x));
        }
        boolean integer = bt.isInteger();
        if (integer && (Consts.toIntExact(x.cv) == null || Consts.toIntExact(y.cv) == null)) {
            throw c.fail(b.pos(), "constant truncated");
        }
        Object r = Consts.arith(op, x.cv, y.cv, integer);
        if (r == null) throw c.fail(b.y().pos(), "invalid operation: division by zero");
        if (bt.kind == Basic.Kind.FLOAT32 || bt.kind == Basic.Kind.FLOAT64) {
            // typed float constants are rounded to their type
            double dv = Consts.toDouble(r);
            r = Rat.of(new java.math.BigDecimal(bt.kind == Basic.Kind.FLOAT32 ? (double) (float) dv : dv));
        }
        return checkTypedConst(Operand.constant(b, t, r));
    }

    /** A typed constant must be representable in its type: {@code constant 200 overflows int8}. */
    Operand checkTypedConst(Operand o) {
        if (o.type.underlying() instanceof Basic b && !b.isUntyped() && !Consts.representable(o.cv, b)) {
            throw c.fail(o.node.pos(), ex.describe(o) + " overflows " + b);
        }
        return o;
    }

    /** Converts an untyped operand to the type of the other operand of a binary expression. */
    Operand convertUntyped(Operand x, Type t, Expr.Binary b, Operand other) {
        if (x.mode == Operand.Mode.NIL) return x;
        if (t.underlying() instanceof Type.Interface) {
            Operand d = ex.defaulted(x);
            return d;
        }
        if (x.isConst()) {
            boolean xFirst = x.node == b.x();
            if (!(t.underlying() instanceof Basic tb) || !compatible((Basic) x.type, tb)) {
                throw xFirst ? mismatched(b, x, other) : mismatched(b, other, x);
            }
            if (!Consts.representable(x.cv, tb)) {
                // convertUntyped reports against the target's underlying type
                if (tb.isInteger() && Consts.toIntExact(x.cv) == null) {
                    throw c.fail(x.node.pos(), ex.describe(x) + " truncated to " + tb);
                }
                if (tb.isNumeric()) throw c.fail(x.node.pos(), ex.describe(x) + " overflows " + tb);
                throw c.fail(x.node.pos(), "cannot convert " + ex.describe(x) + " to " + (c.since(20) ? "type " : "") + tb);
            }
            Object v = x.cv;
            if (tb.isInteger()) v = Consts.toIntExact(v);
            return Operand.constant(x.node, t, v);
        }
        if (x.type == Basic.UNTYPED_BOOL && t.underlying() instanceof Basic tb && tb.isBoolean()) {
            return Operand.value(x.node, t, x.ev);
        }
        return x;
    }

    private static boolean compatible(Basic untyped, Basic target) {
        if (untyped.kind == Basic.Kind.UNTYPED_BOOL) return target.isBoolean();
        if (untyped.kind == Basic.Kind.UNTYPED_STRING) return target.isString();
        return target.isNumeric();
    }

    /** types2's comparison error: at the offending operand, "invalid operation: x op y (cause)". */
    private CompileError cmpError(Expr.Binary b, Operand at, String cause) {
        return c.fail(at.node.pos(), "invalid operation: " + ExprStr.of(b) + " (" + cause + ")");
    }

    /** types2's kindString: the kind of a composite type, else the type. */
    static String kindString(Type t) {
        return switch (t.underlying()) {
            case Type.Array a -> "array";
            case Type.Slice s -> "slice";
            case Type.Struct s -> "struct";
            case Type.Pointer p -> "pointer";
            case Type.Signature s -> "func";
            case Type.Interface i -> "interface";
            case Type.Map m -> "map";
            case Type.Chan ch -> "chan";
            default -> t.toString();
        };
    }

    /** types2's incomparableCause. */
    static String incomparableCause(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Slice || u instanceof Type.Signature || u instanceof Type.Map) {
            return kindString(t) + " can only be compared to nil";
        }
        if (u instanceof Type.Struct st) {
            for (Type.Field f : st.fields()) {
                if (!Types.comparable(f.type())) return "struct containing " + f.type() + " cannot be compared";
            }
        }
        return t + " cannot be compared";
    }

    /** A comparison of already-checked operands (switch cases compare against the tag). */
    Operand compareOperands(Expr.Binary b, Operand x, Operand y) {
        return comparison(b, x, y);
    }

    private Operand comparison(Expr.Binary b, Operand x, Operand y) {
        TokenKind op = b.op();
        if (x.isConst() && y.isConst() && Types.isUntyped(x.type) && Types.isUntyped(y.type)) {
            if (!sameKindClass(x.type, y.type)) {
                throw cmpError(b, y, "mismatched types " + x.type + " and " + y.type);
            }
            return Operand.constant(b, Basic.UNTYPED_BOOL, Consts.compareOp(op, x.cv, y.cv));
        }
        if (x.mode == Operand.Mode.NIL || y.mode == Operand.Mode.NIL) {
            Operand other = x.mode == Operand.Mode.NIL ? y : x;
            if (other.mode == Operand.Mode.NIL) throw cmpError(b, y, "operator " + op.text + " not defined on nil");
            if (!Types.assignable(Basic.UNTYPED_NIL, other.type, ex.lookup)) {
                throw cmpError(b, y, "mismatched types " + (x == other ? x.type + " and untyped nil" : "untyped nil and " + y.type));
            }
            if (op != TokenKind.EQL && op != TokenKind.NEQ) throw cmpError(b, x == other ? x : y, "operator " + op.text + " not defined on " + kindString(other.type));
            Ev e = other.ev;
            boolean eq = op == TokenKind.EQL;
            return Operand.value(b, Basic.UNTYPED_BOOL, f -> (e.ev(f) == null) == eq);
        }
        if (Types.isUntyped(x.type) && !Types.isUntyped(y.type)) x = convertUntyped(x, y.type, b, y);
        else if (Types.isUntyped(y.type) && !Types.isUntyped(x.type)) y = convertUntyped(y, x.type, b, x);
        else if (Types.isUntyped(x.type) && Types.isUntyped(y.type)) {
            x = ex.defaulted(x);
            y = ex.defaulted(y);
        }
        Type xt = x.type, yt = y.type;
        boolean ok = Types.assignable(xt, yt, ex.lookup) || Types.assignable(yt, xt, ex.lookup);
        if (!ok) {
            throw cmpError(b, y, "mismatched types " + xt + " and " + yt);
        }
        boolean eqOp = op == TokenKind.EQL || op == TokenKind.NEQ;
        if (eqOp) {
            if (!Types.comparable(xt)) throw cmpError(b, x, incomparableCause(xt));
            if (!Types.comparable(yt)) throw cmpError(b, y, incomparableCause(yt));
        } else if (!Types.ordered(xt)) {
            throw cmpError(b, x, "operator " + op.text + " not defined on " + kindString(xt));
        } else if (!Types.ordered(yt)) {
            throw cmpError(b, y, "operator " + op.text + " not defined on " + kindString(yt));
        }
        if (x.isConst() && y.isConst()) {
            return Operand.constant(b, Basic.UNTYPED_BOOL, Consts.compareOp(op, x.cv, y.cv));
        }
        Ev xe = x.ev, ye = y.ev;
        // mixed interface/concrete comparison: box the concrete side
        if (Types.isInterface(xt) && !Types.isInterface(yt)) {
            Type dyn = yt;
            Ev inner = ye;
            ye = f -> new Iface(dyn, inner.ev(f));
        } else if (Types.isInterface(yt) && !Types.isInterface(xt)) {
            Type dyn = xt;
            Ev inner = xe;
            xe = f -> new Iface(dyn, inner.ev(f));
        }
        final Ev a = xe, bb = ye;
        Type u = xt.underlying();
        Ev r;
        if (u instanceof Basic bt && (bt.isInteger() || bt.isFloat() || bt.isString() || bt.isBoolean())) {
            r = compareBasic(op, bt, a, bb);
        } else {
            boolean eq = op == TokenKind.EQL;
            r = f -> Values.equal(a.ev(f), bb.ev(f)) == eq;
        }
        return Operand.value(b, Basic.UNTYPED_BOOL, r);
    }

    private static boolean sameKindClass(Type a, Type b) {
        Basic x = (Basic) a, y = (Basic) b;
        if (x.isNumeric() && y.isNumeric()) return true;
        return x.kind == y.kind;
    }

    private Ev compareBasic(TokenKind op, Basic bt, Ev a, Ev b) {
        if (bt.isInteger()) {
            boolean uns = bt.isUnsigned();
            if (!uns) {
                return switch (op) {
                    case EQL -> f -> ((Long) a.ev(f)).longValue() == (Long) b.ev(f);
                    case NEQ -> f -> ((Long) a.ev(f)).longValue() != (Long) b.ev(f);
                    case LSS -> f -> (Long) a.ev(f) < (Long) b.ev(f);
                    case LEQ -> f -> (Long) a.ev(f) <= (Long) b.ev(f);
                    case GTR -> f -> (Long) a.ev(f) > (Long) b.ev(f);
                    default -> f -> (Long) a.ev(f) >= (Long) b.ev(f);
                };
            }
            return cmpWith(op, f -> Long.compareUnsigned((Long) a.ev(f), (Long) b.ev(f)));
        }
        if (bt.isFloat()) {
            return switch (op) {
                case EQL -> f -> ((Double) a.ev(f)).doubleValue() == (Double) b.ev(f);
                case NEQ -> f -> ((Double) a.ev(f)).doubleValue() != (Double) b.ev(f);
                case LSS -> f -> (Double) a.ev(f) < (Double) b.ev(f);
                case LEQ -> f -> (Double) a.ev(f) <= (Double) b.ev(f);
                case GTR -> f -> (Double) a.ev(f) > (Double) b.ev(f);
                default -> f -> (Double) a.ev(f) >= (Double) b.ev(f);
            };
        }
        if (bt.isString()) return cmpWith(op, f -> ((String) a.ev(f)).compareTo((String) b.ev(f)));
        boolean eq = op == TokenKind.EQL;
        return f -> a.ev(f).equals(b.ev(f)) == eq;
    }

    private interface IntEv {
        int cmp(io.gopherscope.vm.Frame f);
    }

    private static Ev cmpWith(TokenKind op, IntEv c) {
        return switch (op) {
            case EQL -> f -> c.cmp(f) == 0;
            case NEQ -> f -> c.cmp(f) != 0;
            case LSS -> f -> c.cmp(f) < 0;
            case LEQ -> f -> c.cmp(f) <= 0;
            case GTR -> f -> c.cmp(f) > 0;
            default -> f -> c.cmp(f) >= 0;
        };
    }

    /** Run-time arithmetic for operands of identical basic type. */
    Ev arith(TokenKind op, Basic bt, Ev a, Ev b) {
        if (bt.isString()) return f -> (String) a.ev(f) + (String) b.ev(f);
        if (bt.isFloat()) {
            boolean f32 = bt.kind == Basic.Kind.FLOAT32;
            Ev r = switch (op) {
                case ADD -> f -> (Double) a.ev(f) + (Double) b.ev(f);
                case SUB -> f -> (Double) a.ev(f) - (Double) b.ev(f);
                case MUL -> f -> (Double) a.ev(f) * (Double) b.ev(f);
                default -> f -> (Double) a.ev(f) / (Double) b.ev(f);
            };
            if (f32) {
                Ev r0 = r;
                return f -> (double) (float) (double) (Double) r0.ev(f);
            }
            return r;
        }
        Basic.Kind k = bt.kind;
        boolean uns = bt.isUnsigned();
        boolean full = bt.bits() == 64;
        Ev r = switch (op) {
            case ADD -> f -> (Long) a.ev(f) + (Long) b.ev(f);
            case SUB -> f -> (Long) a.ev(f) - (Long) b.ev(f);
            case MUL -> f -> (Long) a.ev(f) * (Long) b.ev(f);
            case QUO -> full ? f -> Arith.div((Long) a.ev(f), (Long) b.ev(f), uns)
                    : f -> Arith.div((Long) a.ev(f), (Long) b.ev(f), uns);
            case REM -> f -> Arith.rem((Long) a.ev(f), (Long) b.ev(f), uns);
            case AND -> f -> (Long) a.ev(f) & (Long) b.ev(f);
            case OR -> f -> (Long) a.ev(f) | (Long) b.ev(f);
            case XOR -> f -> (Long) a.ev(f) ^ (Long) b.ev(f);
            case AND_NOT -> f -> (Long) a.ev(f) & ~(Long) b.ev(f);
            default -> throw new IllegalStateException(op.toString());
        };
        if (full) return r;
        Ev r0 = r;
        return f -> Arith.wrap((Long) r0.ev(f), k);
    }

    private Operand shift(Expr.Binary b, Operand x, Operand y) {
        TokenKind op = b.op();
        // the count
        if (y.isConst()) {
            BigInteger n = Consts.toIntExact(y.cv);
            if (n == null) throw c.fail(b.y().pos(), "invalid shift count " + ex.describe(y));
            if (n.signum() < 0) throw c.fail(b.y().pos(), "invalid operation: negative shift count " + ex.describe(y));
        } else if (!(y.type.underlying() instanceof Basic yb && yb.isInteger())) {
            throw c.fail(b.y().pos(), "invalid operation: shift count " + ex.describe(y) + " must be integer");
        }
        if (x.isConst() && y.isConst()) {
            BigInteger v = Consts.toIntExact(x.cv);
            if (v == null) throw c.fail(b.x().pos(), "invalid operation: shifted operand " + ex.describe(x) + " must be integer");
            int n = Consts.toIntExact(y.cv).intValue();
            if (n > 10000) throw c.fail(b.y().pos(), "invalid shift count " + ex.describe(y));
            BigInteger r = op == TokenKind.SHL ? v.shiftLeft(n) : v.shiftRight(n);
            Type t = Types.isUntyped(x.type) ? (x.type == Basic.UNTYPED_FLOAT ? Basic.UNTYPED_INT : x.type) : x.type;
            return checkTypedConst(Operand.constant(b, t, r));
        }
        if (Types.isUntyped(x.type)) {
            // non-constant shift of an untyped constant: it takes the type int here
            x = Operand.constant(x.node, Basic.INT, Consts.toIntExact(x.cv));
        }
        if (!(x.type.underlying() instanceof Basic xb) || !xb.isInteger()) {
            throw c.fail(b.x().pos(), "invalid operation: shifted operand " + ex.describe(x) + " must be integer");
        }
        Ev xe = x.ev;
        Ev ye = y.isConst() ? (f -> Consts.toIntExact(y.cv).longValue()) : y.ev;
        boolean cu = y.isConst() || ((Basic) y.type.underlying()).isUnsigned();
        boolean uns = xb.isUnsigned();
        Basic.Kind k = xb.kind;
        Ev r = op == TokenKind.SHL
                ? f -> Arith.wrap(Arith.shl((Long) xe.ev(f), (Long) ye.ev(f), cu), k)
                : f -> Arith.shr((Long) xe.ev(f), (Long) ye.ev(f), uns, cu);
        return Operand.value(b, x.type, r);
    }

    /** {@code &&} and {@code ||}: the right operand runs only when needed, even if it calls functions. */
    private Operand logical(Expr.Binary b) {
        boolean and = b.op() == TokenKind.LAND;
        Operand x = ex.value(b.x());
        int mark = c.fn.pc();
        Operand y = ex.value(b.y());
        if (!isBool(x.type) || !isBool(y.type)) {
            Operand bad = !isBool(x.type) ? x : y;
            throw c.fail(bad.node.pos(), "invalid operation: operator " + b.op().text + " not defined on " + ex.describe(bad));
        }
        Type t = x.type == Basic.UNTYPED_BOOL ? y.type : x.type;
        if (x.isConst() && y.isConst()) {
            return Operand.constant(b, t, and ? (Boolean) x.cv && (Boolean) y.cv : (Boolean) x.cv || (Boolean) y.cv);
        }
        Ev xe = x.ev, ye = y.ev;
        if (c.fn.pc() == mark) {
            return Operand.value(b, t, and ? f -> (Boolean) xe.ev(f) && (Boolean) ye.ev(f)
                    : f -> (Boolean) xe.ev(f) || (Boolean) ye.ev(f));
        }
        // the right side emitted instructions: move them behind a conditional jump
        List<Instr> moved = new ArrayList<>(c.fn.instrs.subList(mark, c.fn.pc()));
        c.fn.instrs.subList(mark, c.fn.pc()).clear();
        if (moved.get(0).stmt) {
            moved.get(0).stmt = false;
            c.fn.pendingStmt = new io.gopherscope.lang.token.Pos(moved.get(0).line, moved.get(0).col);
        }
        int tmp = c.fn.newSlot();
        c.fn.emit(new Ins.Exec(f -> {
            f.s[tmp] = xe.ev(f);
            return null;
        }), b.pos());
        Ins.Branch skip = c.fn.emit(new Ins.Branch(f -> f.s[tmp], !and), b.pos());
        int delta = c.fn.pc() - mark;
        for (Instr in : moved) {
            relocate(in, mark, mark + moved.size(), delta);
            c.fn.instrs.add(in);
        }
        c.fn.emit(new Ins.Exec(f -> {
            f.s[tmp] = ye.ev(f);
            return null;
        }), b.pos());
        skip.target = c.fn.pc();
        return Operand.value(b, t, f -> f.s[tmp]);
    }

    static void relocate(Instr in, int from, int to, int delta) {
        if (in instanceof Ins.Jump j && j.target >= from && j.target <= to) j.target += delta;
        if (in instanceof Ins.Branch br && br.target >= from && br.target <= to) br.target += delta;
    }

    private static boolean isBool(Type t) {
        return t.underlying() instanceof Basic b && b.isBoolean();
    }
}
