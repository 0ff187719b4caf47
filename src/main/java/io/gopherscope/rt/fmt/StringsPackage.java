package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.GoStruct;

import java.util.List;

/**
 * The allow-listed surface of Go's {@code strings} package (models {@code strings/strings.go}
 * and {@code builder.go}, Go 1.19–1.24). The functions live in {@link StringFuncs}; this class
 * declares the members and {@code strings.Builder}, whose zero value is usable: a struct with one
 * field holding the bytes written so far.
 */
public final class StringsPackage {
    private StringsPackage() {
    }

    /** {@code strings.Builder}: {@code struct{ buf string }} with pointer-receiver methods. */
    public static final Named BUILDER = new Named("strings", "Builder", StdTypes.struct("buf", Basic.STRING));

    private static final List<Type> N_ERR = List.of(Basic.INT, StdTypes.ERROR);

    static {
        StdTypes.method(BUILDER, "WriteString", StdTypes.sig(List.of(Basic.STRING), N_ERR), true, (ctx, r, a) -> {
            append(r, (String) a[0]);
            return new Object[]{(long) ((String) a[0]).length(), null};
        });
        StdTypes.method(BUILDER, "Write", StdTypes.sig(List.of(StdTypes.BYTE_SLICE), N_ERR), true, (ctx, r, a) -> {
            String s = StdTypes.bytesOf(a[0]);
            append(r, s);
            return new Object[]{(long) s.length(), null};
        });
        StdTypes.method(BUILDER, "WriteByte", StdTypes.sig(List.of(Basic.UINT8), List.of(StdTypes.ERROR)), true,
                (ctx, r, a) -> {
                    append(r, String.valueOf((char) (((Number) a[0]).longValue() & 0xFF)));
                    return null;
                });
        StdTypes.method(BUILDER, "WriteRune", StdTypes.sig(List.of(Basic.INT32), N_ERR), true, (ctx, r, a) -> {
            String s = GoStrings.encodeRune(((Number) a[0]).longValue());
            append(r, s);
            return new Object[]{(long) s.length(), null};
        });
        StdTypes.method(BUILDER, "String", StdTypes.sig(List.of(), List.of(Basic.STRING)), true,
                (ctx, r, a) -> StdTypes.deref(r).f[0]);
        StdTypes.method(BUILDER, "Len", StdTypes.sig(List.of(), List.of(Basic.INT)), true,
                (ctx, r, a) -> (long) ((String) StdTypes.deref(r).f[0]).length());
        StdTypes.method(BUILDER, "Cap", StdTypes.sig(List.of(), List.of(Basic.INT)), true,
                (ctx, r, a) -> (long) ((String) StdTypes.deref(r).f[0]).length());
        StdTypes.method(BUILDER, "Reset", StdTypes.sig(List.of(), List.of()), true, (ctx, r, a) -> {
            StdTypes.deref(r).f[0] = "";
            return null;
        });
        StdTypes.method(BUILDER, "Grow", StdTypes.sig(List.of(Basic.INT), List.of()), true, (ctx, r, a) -> {
            if (((Number) a[0]).longValue() < 0) throw StdTypes.panicString("strings.Builder.Grow: negative count");
            StdTypes.deref(r);
            return null;
        });
    }

    private static void append(Object recv, String s) {
        GoStruct b = StdTypes.deref(recv);
        b.f[0] = b.f[0] + s;
    }

    public static Package build() {
        Package p = new Package("strings");
        p.add("Builder", new Member.TypeName(BUILDER));
        StringFuncs.register(p);
        return p;
    }
}
