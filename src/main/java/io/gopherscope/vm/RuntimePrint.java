package io.gopherscope.vm;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Addressed;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.slices.Slice;

/** The builtin print/println formatting of {@code runtime/print.go}. */
public final class RuntimePrint {
    private RuntimePrint() {
    }

    public static void print(StringBuilder sb, Object v, Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            if (b.isString()) sb.append((String) v);
            else if (b.isBoolean()) sb.append(v);
            else if (b.isFloat()) sb.append(PanicPrinter.runtimeFloat((Double) v));
            else if (b.isUnsigned()) sb.append(Long.toUnsignedString((Long) v));
            else sb.append(v);
            return;
        }
        if (u instanceof Type.Interface) {
            if (v == null) sb.append("(0x0,0x0)");
            else sb.append("(0x").append(Long.toHexString(0x4a0000L + (((Iface) v).type().hashCode() & 0xfff0)))
                    .append(",0xc000012000)");
            return;
        }
        if (u instanceof Type.Slice) {
            Slice s = (Slice) v;
            sb.append('[').append(s == null ? 0 : s.len).append('/').append(s == null ? 0 : s.cap).append("]0x")
                    .append(Long.toHexString(s == null ? 0 : s.ptr()));
            return;
        }
        long addr = 0;
        if (v instanceof Pointer p) addr = p.addr();
        else if (v instanceof Addressed a) addr = a.addr();
        sb.append("0x").append(Long.toHexString(addr));
    }
}
