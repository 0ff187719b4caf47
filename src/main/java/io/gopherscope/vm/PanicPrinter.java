package io.gopherscope.vm;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Values;

/**
 * The runtime's own printer for panic values ({@code printpanicval} in
 * {@code runtime/error.go}), which is not fmt: errors print {@code Error()}, Stringers
 * {@code String()}, basic values print plainly (floats in the runtime's {@code +1.500000e+000}
 * form), named basic types as {@code main.T(value)}, and anything else as its type and address.
 */
final class PanicPrinter {
    private PanicPrinter() {
    }

    static String print(Machine m, Iface v, int goMinor) {
        if (v == null) {
            return goMinor >= 21 ? "panic called with nil argument (use runtime.Error)" : "nil";
        }
        Type t = v.type();
        if (GoPanic.isRuntimeErrorType(t)) {
            return Values.javaString((String) v.value());
        }
        try {
            if (m.hasMethod(t, "Error")) return Values.javaString((String) m.callMethod(v, "Error", new Object[0]));
            if (m.hasMethod(t, "String")) return Values.javaString((String) m.callMethod(v, "String", new Object[0]));
        } catch (RuntimeException e) {
            return "(" + t + ") <error printing panic value>";
        }
        Type u = t.underlying();
        if (u instanceof Basic b) {
            String s = basic(b, v.value());
            if (t instanceof Named) {
                if (b.isString()) return t + "(\"" + s + "\")";
                return t + "(" + s + ")";
            }
            return s;
        }
        long addr = 0;
        if (v.value() instanceof io.gopherscope.rt.Pointer p) addr = p.addr();
        else if (v.value() instanceof io.gopherscope.rt.Addressed a) addr = a.addr();
        else addr = 0xc000012000L + (System.identityHashCode(v.value()) & 0xfff0L);
        return "(" + t + ") 0x" + Long.toHexString(addr);
    }

    private static String basic(Basic b, Object v) {
        if (b.isString()) return Values.javaString((String) v);
        if (b.isBoolean()) return v.toString();
        if (b.isFloat()) return runtimeFloat((Double) v);
        if (b.isUnsigned()) return Long.toUnsignedString((Long) v);
        return v.toString();
    }

    /** The runtime's {@code printfloat}: sign, one digit, '.', six digits, 'e', sign, three digits. */
    static String runtimeFloat(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "+Inf" : "-Inf";
        String s = String.format("%.6e", Math.abs(v));
        int e = s.indexOf('e');
        String mant = s.substring(0, e);
        int exp = Integer.parseInt(s.substring(e + 1));
        String sign = (v < 0 || (v == 0 && 1 / v < 0)) ? "-" : "+";
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%03d", Math.abs(exp));
    }
}
