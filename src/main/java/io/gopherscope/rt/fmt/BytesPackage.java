package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.slices.Slice;

import java.util.ArrayList;
import java.util.List;

/**
 * The allow-listed surface of Go's {@code bytes} package: {@code bytes.Buffer} (writing side,
 * with the library's own growth: a first buffer of 64 bytes, then {@code growSlice}, an append
 * of {@code max(len+n, 2*cap)} bytes, so rounded to a size class) and the functions that mirror {@code strings},
 * computed on the bytes as strings and converted back.
 */
public final class BytesPackage {
    private BytesPackage() {
    }

    private static final Type BS = StdTypes.BYTE_SLICE;
    private static final Type.Slice BSS = new Type.Slice(BS);
    private static final List<Type> N_ERR = List.of(Basic.INT, StdTypes.ERROR);
    private static final int SMALL_BUFFER_SIZE = 64;

    /** {@code bytes.Buffer}: {@code struct{ buf []byte; off int; lastRead int8 }}. */
    public static final Named BUFFER = new Named("bytes", "Buffer",
            StdTypes.struct("buf", BS, "off", Basic.INT, "lastRead", Basic.INT8));

    static {
        StdTypes.method(BUFFER, "Write", StdTypes.sig(List.of(BS), N_ERR), true, (ctx, r, a) -> {
            String s = StdTypes.bytesOf(a[0]);
            write(ctx, r, s);
            return new Object[]{(long) s.length(), null};
        });
        StdTypes.method(BUFFER, "WriteString", StdTypes.sig(List.of(Basic.STRING), N_ERR), true, (ctx, r, a) -> {
            write(ctx, r, (String) a[0]);
            return new Object[]{(long) ((String) a[0]).length(), null};
        });
        StdTypes.method(BUFFER, "WriteByte", StdTypes.sig(List.of(Basic.UINT8), List.of(StdTypes.ERROR)), true, (ctx, r, a) -> {
            write(ctx, r, String.valueOf((char) (((Number) a[0]).longValue() & 0xFF)));
            return null;
        });
        StdTypes.method(BUFFER, "WriteRune", StdTypes.sig(List.of(Basic.INT32), N_ERR), true, (ctx, r, a) -> {
            String s = GoStrings.encodeRune(((Number) a[0]).longValue());
            write(ctx, r, s);
            return new Object[]{(long) s.length(), null};
        });
        StdTypes.method(BUFFER, "String", StdTypes.sig(List.of(), List.of(Basic.STRING)), true, (ctx, r, a) -> {
            if (r == null) return "<nil>";
            GoStruct b = StdTypes.deref(r);
            return ByteBufs.text((Slice) b.f[0], (int) (long) (Long) b.f[1]);
        });
        StdTypes.method(BUFFER, "Len", StdTypes.sig(List.of(), List.of(Basic.INT)), true, (ctx, r, a) -> {
            GoStruct b = StdTypes.deref(r);
            return (long) (ByteBufs.len((Slice) b.f[0]) - (Long) b.f[1]);
        });
        StdTypes.method(BUFFER, "Cap", StdTypes.sig(List.of(), List.of(Basic.INT)), true,
                (ctx, r, a) -> (long) ByteBufs.cap((Slice) StdTypes.deref(r).f[0]));
        StdTypes.method(BUFFER, "Bytes", StdTypes.sig(List.of(), List.of(BS)), true, (ctx, r, a) -> {
            GoStruct b = StdTypes.deref(r);
            Slice buf = (Slice) b.f[0];
            int off = (int) (long) (Long) b.f[1];
            if (buf == null) return null;
            return new Slice(buf.array, buf.off + off, buf.len - off, buf.cap - off);
        });
        StdTypes.method(BUFFER, "Reset", StdTypes.sig(List.of(), List.of()), true, (ctx, r, a) -> {
            reset(StdTypes.deref(r));
            return null;
        });
        StdTypes.method(BUFFER, "Truncate", StdTypes.sig(List.of(Basic.INT), List.of()), true, (ctx, r, a) -> {
            GoStruct b = StdTypes.deref(r);
            long n = (Long) a[0];
            if (n == 0) {
                reset(b);
                return null;
            }
            Slice buf = (Slice) b.f[0];
            long off = (Long) b.f[1];
            if (n < 0 || n > ByteBufs.len(buf) - off) throw StdTypes.panicString("bytes.Buffer: truncation out of range");
            b.f[0] = new Slice(buf.array, buf.off, (int) (off + n), buf.cap);
            return null;
        });
        StdTypes.method(BUFFER, "Grow", StdTypes.sig(List.of(Basic.INT), List.of()), true, (ctx, r, a) -> {
            long n = (Long) a[0];
            if (n < 0) throw StdTypes.panicString("bytes.Buffer.Grow: negative count");
            GoStruct b = StdTypes.deref(r);
            int m = grow(ctx, b, (int) n);
            Slice buf = (Slice) b.f[0];
            b.f[0] = new Slice(buf.array, buf.off, m, buf.cap);
            return null;
        });
    }

    private static void reset(GoStruct b) {
        Slice buf = (Slice) b.f[0];
        if (buf != null) b.f[0] = new Slice(buf.array, buf.off, 0, buf.cap);
        b.f[1] = 0L;
        b.f[2] = 0L;
    }

    /** {@code Buffer.Write}: make room ({@code tryGrowByReslice}, else {@code grow}) and copy. */
    static void write(Ctx ctx, Object recv, String s) {
        GoStruct b = StdTypes.deref(recv);
        b.f[2] = 0L;
        int m = grow(ctx, b, s.length());
        ByteBufs.put((Slice) b.f[0], m, s);
    }

    /** {@code Buffer.grow(n)}: returns where the n new bytes go; buf's length includes them. */
    private static int grow(Ctx ctx, GoStruct b, int n) {
        Slice buf = (Slice) b.f[0];
        int off = (int) (long) (Long) b.f[1];
        int m = ByteBufs.len(buf) - off;
        if (m == 0 && off != 0) {
            reset(b);
            buf = (Slice) b.f[0];
            off = 0;
        }
        if (buf != null && n <= buf.cap - buf.len) { // tryGrowByReslice
            b.f[0] = new Slice(buf.array, buf.off, buf.len + n, buf.cap);
            return buf.len;
        }
        if (buf == null && n <= SMALL_BUFFER_SIZE) {
            b.f[0] = io.gopherscope.rt.slices.SliceOps.makeslice(ctx, Basic.UINT8, n, SMALL_BUFFER_SIZE);
            return 0;
        }
        int c = ByteBufs.cap(buf);
        Slice live = buf == null ? null : new Slice(buf.array, buf.off + off, m, buf.cap - off);
        Slice grown;
        if (n <= c / 2 - m) {
            // slide the unread bytes to the front
            for (int i = 0; i < m; i++) buf.set(i, live.get(i));
            grown = buf;
        } else {
            // growSlice: append([]byte(nil), make([]byte, max(len+n, 2*cap))...)[:len]
            long want = Math.max((long) m + n, 2L * (live == null ? 0 : live.cap));
            Slice fresh = io.gopherscope.rt.slices.Growslice.growslice(ctx, null, Basic.UINT8, want);
            for (int i = 0; i < m; i++) fresh.set(i, live.get(i));
            grown = fresh;
        }
        b.f[1] = 0L;
        b.f[0] = new Slice(grown.array, grown.off, m + n, grown.cap);
        return m;
    }

    public static Package build() {
        Package p = new Package("bytes");
        p.add("Buffer", new Member.TypeName(BUFFER));
        p.add("NewBufferString", new Member.Func(StdTypes.sig(List.of(Basic.STRING), List.of(new Type.Pointer(BUFFER))),
                (ctx, a) -> StdTypes.newObject(ctx, BUFFER, StdTypes.newBytes(ctx, (String) a[0]), 0L, 0L)));
        p.add("NewBuffer", new Member.Func(StdTypes.sig(List.of(BS), List.of(new Type.Pointer(BUFFER))),
                (ctx, a) -> StdTypes.newObject(ctx, BUFFER, a[0], 0L, 0L)));
        p.add("Equal", new Member.Func(StdTypes.sig(List.of(BS, BS), List.of(Basic.BOOL)),
                (ctx, a) -> StdTypes.bytesOf(a[0]).equals(StdTypes.bytesOf(a[1]))));
        Package strings = Stdlib.lookup("strings");
        for (String name : new String[]{"Compare", "Contains", "ContainsAny", "ContainsRune", "Count", "EqualFold",
                "Fields", "HasPrefix", "HasSuffix", "Index", "IndexAny", "IndexByte", "IndexRune", "Join",
                "LastIndex", "LastIndexByte", "Repeat", "Replace", "ReplaceAll", "Split", "SplitN", "Title",
                "ToLower", "ToTitle", "ToUpper", "Trim", "TrimLeft", "TrimPrefix", "TrimRight", "TrimSpace",
                "TrimSuffix"}) {
            if (strings.get(name) instanceof Member.Func f) p.add(name, overBytes(f));
        }
        return p;
    }

    /** The strings function f with string parameters and results turned into []byte ones. */
    private static Member.Func overBytes(Member.Func f) {
        List<Type> params = new ArrayList<>();
        for (Type t : f.sig().params()) params.add(toBytes(t));
        List<Type> results = new ArrayList<>();
        for (Type t : f.sig().results()) results.add(toBytes(t));
        List<Type> from = f.sig().params();
        List<Type> to = f.sig().results();
        return new Member.Func(new Type.Signature(params, results, f.sig().variadic()), (ctx, a) -> {
            Object[] args = new Object[a.length];
            for (int i = 0; i < a.length; i++) args[i] = toStringValue(from.get(Math.min(i, from.size() - 1)), a[i]);
            Object r = f.impl().call(ctx, args);
            if (to.size() == 1) return toBytesValue(ctx, to.get(0), r);
            return r;
        });
    }

    private static Type toBytes(Type t) {
        if (t == Basic.STRING) return BS;
        if (t instanceof Type.Slice s && s.elem() == Basic.STRING) return BSS;
        return t;
    }

    private static Object toStringValue(Type t, Object v) {
        if (t == Basic.STRING) return StdTypes.bytesOf(v);
        if (t instanceof Type.Slice s && s.elem() == Basic.STRING) {
            if (v == null) return null;
            Object[] e = StdTypes.elems((Slice) v);
            for (int i = 0; i < e.length; i++) e[i] = StdTypes.bytesOf(e[i]);
            return StdTypes.newSlice(null, Basic.STRING, e);
        }
        return v;
    }

    private static Object toBytesValue(Ctx ctx, Type t, Object v) {
        if (t == Basic.STRING) return StdTypes.newBytes(ctx, (String) v);
        if (t instanceof Type.Slice s && s.elem() == Basic.STRING) {
            if (v == null) return null;
            Object[] e = StdTypes.elems((Slice) v);
            for (int i = 0; i < e.length; i++) e[i] = StdTypes.newBytes(ctx, (String) e[i]);
            return StdTypes.newSlice(ctx, BS, e);
        }
        return v;
    }
}
