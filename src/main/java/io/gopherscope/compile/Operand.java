package io.gopherscope.compile;

import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.vm.Ev;

/**
 * The result of checking an expression ({@code go/types.operand}): its mode and type, the
 * compiled code that computes it, the constant value if any, and for assignable operands how to
 * store into it and take its address.
 */
final class Operand {
    enum Mode {
        INVALID, NOVALUE, VALUE, VAR, MAPINDEX, CONST, TYPE, BUILTIN, PKG, NIL, COMMAOK, TUPLE
    }

    Mode mode;
    Type type;
    Ev ev;
    Object cv;
    Expr node;
    /** Store/address access for VAR and MAPINDEX operands. */
    LValue lv;
    /** COMMAOK: computes {@code Object[]{value, ok}}. */
    Ev okEv;
    String builtin;
    Sym.Pkg pkg;
    Sym.Var var;
    /** TUPLE (multi-value call): the slots holding the results. */
    int[] slots;
    /** MAPINDEX: the map operand's code (for the two-step write under several Ps). */
    Ev mapEv;
    /** A statically known method call target (FuncCode or NativeMethod) and its receiver code. */
    Object staticTarget;
    Ev recvEv;
    /** COMMAOK unpacked into two variables: the slot holding the pair (set by the statement compiler). */
    int lastPairSlot = -1;
    /** The value is a fresh object (composite literal or call result): no copy needed on store. */
    boolean fresh;

    static Operand invalid(Expr node) {
        Operand o = new Operand();
        o.mode = Mode.INVALID;
        o.type = Basic.INVALID;
        o.node = node;
        o.ev = f -> null;
        return o;
    }

    static Operand value(Expr node, Type t, Ev ev) {
        Operand o = new Operand();
        o.mode = Mode.VALUE;
        o.type = t;
        o.ev = ev;
        o.node = node;
        return o;
    }

    static Operand constant(Expr node, Type t, Object v) {
        Operand o = new Operand();
        o.mode = Mode.CONST;
        o.type = t;
        o.cv = v;
        o.node = node;
        Object rv = Consts.toRuntime(v, io.gopherscope.lang.types.Types.defaultType(t));
        o.ev = f -> rv;
        return o;
    }

    /** The same computation as a non-constant value. */
    Operand asValue() {
        mode = Mode.VALUE;
        return this;
    }

    boolean invalid() {
        return mode == Mode.INVALID;
    }

    boolean isConst() {
        return mode == Mode.CONST;
    }

    boolean isValue() {
        return mode == Mode.VALUE || mode == Mode.VAR || mode == Mode.MAPINDEX || mode == Mode.CONST
                || mode == Mode.NIL || mode == Mode.COMMAOK;
    }

    /** How an assignable operand is stored into and addressed. */
    interface LValue {
        /** Code that stores the value computed by {@code rhs}. */
        Ev store(Ev rhs);

        /** Code computing a pointer to the location, or null when not addressable (map index). */
        Ev addr();
    }
}
