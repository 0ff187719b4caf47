package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.slices.Slice;

import java.util.List;

/**
 * The allow-listed surface of Go's {@code strings} package (models {@code strings/strings.go}
 * and {@code builder.go}, Go 1.19–1.24). The functions live in {@link StringFuncs}; this class
 * declares the members and {@code strings.Builder}, whose zero value is usable: Go's two fields,
 * the copy-check pointer and the {@code []byte} written so far.
 */
public final class StringsPackage {
    private StringsPackage() {
    }

    /**
     * {@code strings.Builder}: {@code struct{ addr *Builder; buf []byte }} with pointer-receiver
     * methods. Writes append to {@code buf} as Go's do ({@code append(b.buf, s...)}), so its
     * capacity grows as growslice grows it; {@code String()} shares the bytes.
     */
    public static final Named BUILDER = new Named("strings", "Builder", null);

    static {
        BUILDER.setUnderlying(StdTypes.struct("addr", new Type.Pointer(BUILDER), "buf", StdTypes.BYTE_SLICE));
    }

    private static final List<Type> N_ERR = List.of(Basic.INT, StdTypes.ERROR);

    static {
        StdTypes.method(BUILDER, "WriteString", StdTypes.sig(List.of(Basic.STRING), N_ERR), true, (ctx, r, a) -> {
            write(ctx, r, (String) a[0]);
            return new Object[]{(long) ((String) a[0]).length(), null};
        });
        StdTypes.method(BUILDER, "Write", StdTypes.sig(List.of(StdTypes.BYTE_SLICE), N_ERR), true, (ctx, r, a) -> {
            String s = StdTypes.bytesOf(a[0]);
            write(ctx, r, s);
            return new Object[]{(long) s.length(), null};
        });
        StdTypes.method(BUILDER, "WriteByte", StdTypes.sig(List.of(Basic.UINT8), List.of(StdTypes.ERROR)), true,
                (ctx, r, a) -> {
                    write(ctx, r, String.valueOf((char) (((Number) a[0]).longValue() & 0xFF)));
                    return null;
                });
        StdTypes.method(BUILDER, "WriteRune", StdTypes.sig(List.of(Basic.INT32), N_ERR), true, (ctx, r, a) -> {
            String s = GoStrings.encodeRune(((Number) a[0]).longValue());
            write(ctx, r, s);
            return new Object[]{(long) s.length(), null};
        });
        StdTypes.method(BUILDER, "String", StdTypes.sig(List.of(), List.of(Basic.STRING)), true,
                (ctx, r, a) -> ByteBufs.text(buf(r), 0));
        StdTypes.method(BUILDER, "Len", StdTypes.sig(List.of(), List.of(Basic.INT)), true,
                (ctx, r, a) -> (long) ByteBufs.len(buf(r)));
        StdTypes.method(BUILDER, "Cap", StdTypes.sig(List.of(), List.of(Basic.INT)), true,
                (ctx, r, a) -> (long) ByteBufs.cap(buf(r)));
        StdTypes.method(BUILDER, "Reset", StdTypes.sig(List.of(), List.of()), true, (ctx, r, a) -> {
            GoStruct b = StdTypes.deref(r);
            b.f[0] = null;
            b.f[1] = null;
            return null;
        });
        StdTypes.method(BUILDER, "Grow", StdTypes.sig(List.of(Basic.INT), List.of()), true, (ctx, r, a) -> {
            long n = ((Number) a[0]).longValue();
            GoStruct b = StdTypes.deref(r);
            if (n < 0) throw StdTypes.panicString("strings.Builder.Grow: negative count");
            Slice buf = (Slice) b.f[1];
            // Builder.grow: make([]byte, len(b.buf), 2*cap(b.buf)+n)
            if (ByteBufs.cap(buf) - ByteBufs.len(buf) < n) b.f[1] = ByteBufs.realloc(ctx, buf, 2L * ByteBufs.cap(buf) + n);
            b.f[0] = r;
            return null;
        });
    }

    private static Slice buf(Object recv) {
        return (Slice) StdTypes.deref(recv).f[1];
    }

    /** {@code copyCheck} (the receiver remembers itself) and {@code b.buf = append(b.buf, s...)}. */
    static void write(io.gopherscope.rt.Ctx ctx, Object recv, String s) {
        GoStruct b = StdTypes.deref(recv);
        b.f[0] = recv;
        b.f[1] = ByteBufs.append(ctx, (Slice) b.f[1], s);
    }

    public static Package build() {
        Package p = new Package("strings");
        p.add("Builder", new Member.TypeName(BUILDER));
        StringFuncs.register(p);
        return p;
    }
}
