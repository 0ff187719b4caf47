package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.Iface;

/**
 * Writing to an {@code io.Writer} operand of Fprint and friends: {@code *os.File} and
 * {@code *strings.Builder} are handled natively, any other writer through its Go
 * {@code Write([]byte) (int, error)} method.
 */
final class Writers {
    private Writers() {
    }

    /** {@code w.Write([]byte(s))}; returns {@code (n int, err error)} as an Object[]. */
    static Object[] write(Ctx ctx, Object w, String s) {
        if (w == null) throw GoPanic.nilDeref();
        Iface f = (Iface) w;
        Type t = f.type();
        if (t instanceof Type.Pointer p && p.elem() == OsPackage.FILE) {
            OsPackage.write(ctx, f.value(), s);
            return new Object[]{(long) s.length(), null};
        }
        if (t instanceof Type.Pointer p && p.elem() == StringsPackage.BUILDER) {
            StringsPackage.write(ctx, f.value(), s);
            return new Object[]{(long) s.length(), null};
        }
        if (t instanceof Type.Pointer p && p.elem() == BytesPackage.BUFFER) {
            BytesPackage.write(ctx, f.value(), s);
            return new Object[]{(long) s.length(), null};
        }
        Object r = Methods.call(ctx, t, f.value(), "Write", new Object[]{StdTypes.newBytes(ctx, s)});
        if (r instanceof Object[] res) return res;
        return new Object[]{(long) s.length(), null};
    }
}
