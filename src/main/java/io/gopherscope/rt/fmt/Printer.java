package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.maps.GoMap;
import io.gopherscope.rt.slices.Slice;

import java.util.ArrayList;
import java.util.List;

/**
 * The fmt printer (models {@code fmt/print.go}'s {@code pp}, Go 1.19–1.24): prints operands
 * ({@code printArg}) and values found inside them ({@code printValue}) by kind, calls
 * {@code Error()}/{@code String()} where Go does ({@code handleMethods}), and writes Go's
 * {@code %!verb(type=value)} error forms. {@link Printf} parses format strings on top of it.
 *
 * <p>Operands are interface values ({@link Iface}, or null for nil); values inside composites
 * are (value, static type) pairs in the {@link io.gopherscope.rt.Values} representation.
 * Output is a Go byte string. Not implemented: user {@code Format} methods (fmt.Formatter).
 */
public final class Printer {
    final Ctx ctx;
    final StringBuilder buf = new StringBuilder();
    final Fmt fmt = new Fmt(buf);
    private final KindPrinter kinds = new KindPrinter(this);

    // the operand being printed: pp.arg (an interface value) or pp.value (a reflect.Value)
    private static final int NONE = 0, ARG = 1, VALUE = 2;
    private int cur = NONE;
    private Type curType;
    private Object curValue;

    private boolean erroring; // printing an error form: do not call methods
    private boolean panicking; // inside catchPanic: a nested panic propagates
    boolean wrapErrs; // Errorf: %w is allowed
    final List<Integer> wrappedErrs = new ArrayList<>(); // argument numbers of %w (1.20+)
    Iface wrappedErr; // the %w operand (1.19: at most one)
    boolean wrappedErrSet;
    boolean reordered; // the format used explicit operand indexes

    public Printer(Ctx ctx) {
        this.ctx = ctx;
    }

    // ---- entry points -------------------------------------------------------------------

    /** {@code fmt.Sprint(a...)}: {@code args} is the variadic {@code []any} (or null). */
    public static String sprint(Ctx ctx, Slice args) {
        Printer p = new Printer(ctx);
        p.doPrint(args(args));
        return p.buf.toString();
    }

    /** {@code fmt.Sprintln(a...)}. */
    public static String sprintln(Ctx ctx, Slice args) {
        Printer p = new Printer(ctx);
        p.doPrintln(args(args));
        return p.buf.toString();
    }

    /** {@code fmt.Sprintf(format, a...)}. */
    public static String sprintf(Ctx ctx, String format, Slice args) {
        Printer p = new Printer(ctx);
        Printf.doPrintf(p, format, args(args));
        return p.buf.toString();
    }

    /** {@code fmt.Sprintf("%<verb>", v)} for one value {@code value} of static type {@code type}. */
    public static String formatValue(Ctx ctx, Object value, Type type, char verb) {
        Printer p = new Printer(ctx);
        Object arg = type.underlying() instanceof Type.Interface ? value : new Iface(type, value);
        Printf.doPrintf(p, "%" + verb, new Object[]{arg});
        return p.buf.toString();
    }

    /** The elements of a {@code []any} (Iface or null each). */
    public static Object[] args(Slice s) {
        if (s == null) return new Object[0];
        Object[] a = new Object[s.len];
        for (int i = 0; i < s.len; i++) a[i] = s.get(i);
        return a;
    }

    /** The output so far (a Go byte string). */
    public String result() {
        return buf.toString();
    }

    /** Print: a space between operands when neither is a string. */
    public void doPrint(Object[] a) {
        boolean prevString = false;
        for (int i = 0; i < a.length; i++) {
            Object arg = a[i];
            boolean isString = arg instanceof Iface f && f.type().underlying() instanceof Basic b && b.isString();
            if (i > 0 && !isString && !prevString) buf.append(' ');
            printArg(arg, 'v');
            prevString = isString;
        }
    }

    /** Println: spaces between all operands and a newline. */
    public void doPrintln(Object[] a) {
        for (int i = 0; i < a.length; i++) {
            if (i > 0) buf.append(' ');
            printArg(a[i], 'v');
        }
        buf.append('\n');
    }

    // ---- operands -----------------------------------------------------------------------

    /** Prints one operand (an interface value) with {@code verb}. */
    void printArg(Object arg, int verb) {
        cur = ARG;
        curType = null;
        curValue = null;
        if (arg == null) {
            if (verb == 'T' || verb == 'v') fmt.pad("<nil>");
            else badVerb(verb);
            return;
        }
        Iface f = (Iface) arg;
        Type t = f.type();
        Object v = f.value();
        curType = t;
        curValue = v;
        if (verb == 'T') {
            fmt.fmtS(t.toString());
            return;
        }
        if (verb == 'p') {
            kinds.fmtPointer(v, t, 'p');
            return;
        }
        // the predeclared types have no methods: format them directly
        if (t instanceof Basic b) {
            printBasic(v, b, verb);
            return;
        }
        if (t instanceof Type.Slice s && s.elem() == Basic.UINT8) {
            kinds.fmtBytes(v, verb, "[]byte", t);
            return;
        }
        if (!handleMethods(verb, t, v)) printValue(v, t, verb, 0, true);
    }

    private void printBasic(Object v, Basic b, int verb) {
        if (b.isBoolean()) kinds.fmtBool((Boolean) v, verb);
        else if (b.isInteger()) kinds.fmtInteger(((Number) v).longValue(), !b.isUnsigned(), verb);
        else if (b.isFloat()) kinds.fmtFloat(((Number) v).doubleValue(), b.kind == Basic.Kind.FLOAT32 ? 32 : 64, verb);
        else if (b.isString()) kinds.fmtString((String) v, verb);
        else if (b.isComplex()) kinds.fmtComplex(v, b.kind == Basic.Kind.COMPLEX64 ? 64 : 128, verb);
        else if (b.kind == Basic.Kind.UNSAFE_POINTER) kinds.fmtPointer(v, b, verb);
        else fmt.pad("?" + b + "?");
    }

    /** Error()/String() for the verbs that accept a string; returns whether it printed. */
    private boolean handleMethods(int verb, Type t, Object v) {
        if (erroring) return false;
        if (verb == 'w') {
            boolean isErr = t != null && Methods.isError(ctx, t);
            if (ctx.goMinor() < 20) {
                if (!isErr || !wrapErrs || wrappedErrSet) {
                    wrappedErr = null;
                    wrappedErrSet = false;
                    wrapErrs = false;
                    badVerb(verb);
                    return true;
                }
                wrappedErr = new Iface(t, v);
                wrappedErrSet = true;
            } else if (!isErr || !wrapErrs) {
                badVerb(verb);
                return true;
            }
            verb = 'v';
        }
        if (t == null) return false;
        if (fmt.sharpV) {
            // a GoStringer prints the result of GoString unadorned
            if (!Methods.hasStringMethod(ctx, t, "GoString")) return false;
            try {
                fmt.fmtS(Methods.callString(ctx, t, v, "GoString"));
            } catch (GoPanic gp) {
                catchPanic(gp, t, v, verb, "GoString");
            }
            return true;
        }
        switch (verb) {
            case 'v', 's', 'x', 'X', 'q' -> {
                String method;
                if (Methods.isError(ctx, t)) method = "Error";
                else if (Methods.hasStringMethod(ctx, t, "String")) method = "String";
                else return false;
                String s;
                try {
                    s = Methods.callString(ctx, t, v, method);
                } catch (GoPanic gp) {
                    catchPanic(gp, t, v, verb, method);
                    return true;
                }
                kinds.fmtString(s, verb);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** A panic inside Error/String: a nil pointer receiver prints {@code <nil>}, others the panic. */
    private void catchPanic(GoPanic gp, Type t, Object v, int verb, String method) {
        if (t.underlying() instanceof Type.Pointer && v == null) {
            buf.append("<nil>");
            return;
        }
        if (panicking) throw gp;
        Object[] old = fmt.saveFlags();
        fmt.clearflags();
        buf.append("%!");
        GoStrings.appendRune(buf, verb);
        buf.append("(PANIC=").append(method).append(" method: ");
        panicking = true;
        printArg(gp.value, 'v');
        panicking = false;
        buf.append(')');
        fmt.restoreFlags(old);
    }

    // ---- values -------------------------------------------------------------------------

    /** Prints a value of static type {@code t}; methods are used below the top level when allowed. */
    void printValue(Object v, Type t, int verb, int depth, boolean canIface) {
        if (depth > 0 && canIface) {
            Type dt = t;
            Object dv = v;
            if (t.underlying() instanceof Type.Interface) {
                dt = v == null ? null : ((Iface) v).type();
                dv = v == null ? null : ((Iface) v).value();
            }
            cur = ARG;
            curType = dt;
            curValue = dv;
            if (handleMethods(verb, dt, dv)) return;
        }
        cur = VALUE;
        curType = t;
        curValue = v;
        Type u = t.underlying();
        switch (u) {
            case Basic b -> printBasic(v, b, verb);
            case Type.Map m -> printMap((GoMap) v, t, m, verb, depth, canIface);
            case Type.Struct s -> printStruct((GoStruct) v, t, s, verb, depth, canIface);
            case Type.Interface i -> {
                if (v == null) {
                    if (fmt.sharpV) buf.append(t).append("(nil)");
                    else buf.append("<nil>");
                } else {
                    Iface f = (Iface) v;
                    printValue(f.value(), f.type(), verb, depth + 1, canIface);
                }
            }
            case Type.Array a -> printList(v, t, a.elem(), verb, depth, canIface);
            case Type.Slice s -> printList(v, t, s.elem(), verb, depth, canIface);
            case Type.Pointer p -> {
                // pointer to array, slice, struct or map: &{...} at the top level only
                if (depth == 0 && v != null) {
                    Type eu = p.elem().underlying();
                    if (eu instanceof Type.Array || eu instanceof Type.Slice || eu instanceof Type.Struct
                            || eu instanceof Type.Map) {
                        buf.append('&');
                        printValue(((Pointer) v).load(), p.elem(), verb, depth + 1, canIface);
                        return;
                    }
                }
                kinds.fmtPointer(v, t, verb);
            }
            case Type.Chan c -> kinds.fmtPointer(v, t, verb);
            case Type.Signature s -> kinds.fmtPointer(v, t, verb);
            default -> buf.append('?').append(t).append('?');
        }
    }

    private void printMap(GoMap m, Type t, Type.Map mt, int verb, int depth, boolean canIface) {
        if (fmt.sharpV) {
            buf.append(t);
            if (m == null) {
                buf.append("(nil)");
                return;
            }
            buf.append('{');
        } else {
            buf.append("map[");
        }
        List<FmtSort.Entry> sorted = FmtSort.sort(ctx, m, mt.key());
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                if (fmt.sharpV) buf.append(", ");
                else buf.append(' ');
            }
            printValue(sorted.get(i).key(), mt.key(), verb, depth + 1, canIface);
            buf.append(':');
            printValue(sorted.get(i).value(), mt.elem(), verb, depth + 1, canIface);
        }
        buf.append(fmt.sharpV ? '}' : ']');
    }

    private void printStruct(GoStruct s, Type t, Type.Struct st, int verb, int depth, boolean canIface) {
        if (fmt.sharpV) buf.append(t);
        buf.append('{');
        for (int i = 0; i < st.fields().size(); i++) {
            Type.Field f = st.fields().get(i);
            if (i > 0) {
                if (fmt.sharpV) buf.append(", ");
                else buf.append(' ');
            }
            if (fmt.plusV || fmt.sharpV) buf.append(f.name()).append(':');
            Object fv = s.f[i];
            Type ft = f.type();
            // a non-nil interface field prints as the value inside it
            if (ft.underlying() instanceof Type.Interface && fv != null) {
                Iface inner = (Iface) fv;
                fv = inner.value();
                ft = inner.type();
            }
            printValue(fv, ft, verb, depth + 1, canIface && f.exported());
        }
        buf.append('}');
    }

    void printList(Object v, Type t, Type elem, int verb, int depth, boolean canIface) {
        int n = v == null ? 0 : v instanceof Slice s ? s.len : ((GoArray) v).elems.length;
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')
                && elem.underlying() instanceof Basic b && b.kind == Basic.Kind.UINT8) {
            kinds.fmtBytes(v, verb, t.toString(), t);
            return;
        }
        if (fmt.sharpV) {
            buf.append(t);
            if (v == null && t.underlying() instanceof Type.Slice) {
                buf.append("(nil)");
                return;
            }
            buf.append('{');
            for (int i = 0; i < n; i++) {
                if (i > 0) buf.append(", ");
                printValue(elemAt(v, i), elem, verb, depth + 1, canIface);
            }
            buf.append('}');
        } else {
            buf.append('[');
            for (int i = 0; i < n; i++) {
                if (i > 0) buf.append(' ');
                printValue(elemAt(v, i), elem, verb, depth + 1, canIface);
            }
            buf.append(']');
        }
    }

    private static Object elemAt(Object list, int i) {
        return list instanceof Slice s ? s.get(i) : ((GoArray) list).elems[i];
    }

    // ---- kinds --------------------------------------------------------------------------

    /** The operand or value being printed does not fit the verb: {@code %!verb(type=value)}. */
    void badVerb(int verb) {
        erroring = true;
        buf.append("%!");
        GoStrings.appendRune(buf, verb);
        buf.append('(');
        if (cur == ARG && curType != null) {
            buf.append(curType).append('=');
            printArg(new Iface(curType, curValue), 'v');
        } else if (cur == VALUE && curType != null) {
            buf.append(curType).append('=');
            printValue(curValue, curType, 'v', 0, true);
        } else {
            buf.append("<nil>");
        }
        buf.append(')');
        erroring = false;
    }
}
