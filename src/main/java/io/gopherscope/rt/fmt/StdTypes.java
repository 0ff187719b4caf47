package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.NativeMethod;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.heap.Layout;
import io.gopherscope.rt.slices.Slice;
import io.gopherscope.rt.slices.SliceOps;

import java.util.List;

/**
 * Types shared by the library packages: the predeclared {@code error} and {@code any}, and small
 * helpers to write Go signatures. {@link #ERROR} is the one {@code error} type of the whole
 * simulator: the checker's universe must use this same object (Named identity is object
 * identity).
 */
public final class StdTypes {
    private StdTypes() {
    }

    /** {@code interface{ Error() string }}'s method. */
    public static final Type.Signature ERROR_SIG = new Type.Signature(List.of(), List.of(Basic.STRING), false);

    /** The predeclared {@code error} type. */
    public static final Named ERROR = new Named("", "error",
            new Type.Interface(List.of(new Type.Method("Error", ERROR_SIG))));

    /**
     * Whether {@code t} is the predeclared {@code error} (by name, so that a checker-side universe
     * object that is not {@link #ERROR} still matches).
     */
    public static boolean isErrorType(Type t) {
        return t == ERROR || (t instanceof Named n && n.name.equals("error") && (n.pkg == null || n.pkg.isEmpty()));
    }

    /** {@code any} / {@code interface{}}. */
    public static final Type.Interface ANY = new Type.Interface(List.of());

    /** {@code []any}, the variadic parameter of Print and friends. */
    public static final Type.Slice ANY_SLICE = new Type.Slice(ANY);

    public static final Type.Slice ERROR_SLICE = new Type.Slice(ERROR);

    public static final Type.Slice BYTE_SLICE = new Type.Slice(Basic.UINT8);

    public static final Type.Slice STRING_SLICE = new Type.Slice(Basic.STRING);

    /** {@code func(params) results}. */
    public static Type.Signature sig(List<Type> params, List<Type> results) {
        return new Type.Signature(params, results, false);
    }

    /** {@code func(params..., ...last) results}; the last parameter must be a slice type. */
    public static Type.Signature variadic(List<Type> params, List<Type> results) {
        return new Type.Signature(params, results, true);
    }

    /** Registers a native method on {@code n}. */
    public static void method(Named n, String name, Type.Signature sig, boolean pointerRecv, NativeMethod impl) {
        n.methods.put(name, new Named.MethodDef(name, sig, pointerRecv, impl));
    }

    /** A struct type with unexported fields given as name, type, name, type, ... */
    public static Type.Struct struct(Object... nameTypes) {
        Type.Field[] f = new Type.Field[nameTypes.length / 2];
        for (int i = 0; i < f.length; i++) {
            f[i] = new Type.Field((String) nameTypes[2 * i], (Type) nameTypes[2 * i + 1], false);
        }
        return new Type.Struct(List.of(f));
    }

    /** {@code io.Writer}: {@code interface{ Write(p []byte) (n int, err error) }}. */
    public static final Named IO_WRITER = new Named("io", "Writer", new Type.Interface(List.of(
            new Type.Method("Write", sig(List.of(BYTE_SLICE), List.of(Basic.INT, ERROR))))));

    /** {@code fmt.Stringer}. */
    public static final Named STRINGER = new Named("fmt", "Stringer", new Type.Interface(List.of(
            new Type.Method("String", sig(List.of(), List.of(Basic.STRING))))));

    /** {@code &T{fields}}: a new heap object of struct type {@code t}. */
    public static Pointer newObject(Ctx ctx, Type t, Object... fields) {
        Cell c = new Cell(new GoStruct(fields));
        c.addr = ctx == null ? 0 : ctx.heap().alloc(Values.sizeof(t), !Layout.hasPointers(t));
        return new Pointer.ToCell(c);
    }

    /** A new slice {@code []elem{elems...}} with its own backing array on the heap ({@code mallocgc}). */
    public static Slice newSlice(Ctx ctx, Type elem, Object[] elems) {
        if (ctx != null) return SliceOps.literal(ctx, elem, elems);
        GoArray arr = new GoArray(elem, Values.sizeof(elem), elems);
        return new Slice(arr, 0, elems.length, elems.length);
    }

    /** A new {@code []byte} holding the bytes of the Go string {@code s}. */
    public static Slice newBytes(Ctx ctx, String s) {
        Object[] e = new Object[s.length()];
        for (int i = 0; i < e.length; i++) e[i] = (long) (s.charAt(i) & 0xFF);
        return newSlice(ctx, Basic.UINT8, e);
    }

    /** The elements of a slice value as an array (nil: empty). */
    public static Object[] elems(Slice s) {
        if (s == null) return new Object[0];
        Object[] a = new Object[s.len];
        for (int i = 0; i < s.len; i++) a[i] = s.get(i);
        return a;
    }

    /** {@code panic("msg")} with a string value, as library code does. */
    public static GoPanic panicString(String msg) {
        return new GoPanic(new Iface(Basic.STRING, msg));
    }

    /** Loads the struct a non-nil pointer receiver points at. */
    public static GoStruct deref(Object recv) {
        if (recv == null) throw GoPanic.nilDeref();
        return (GoStruct) ((Pointer) recv).load();
    }

    /** The bytes of a []byte / [N]byte value as a Go byte string. */
    public static String bytesOf(Object v) {
        if (v == null) return "";
        StringBuilder sb = new StringBuilder();
        if (v instanceof Slice s) {
            for (int i = 0; i < s.len; i++) sb.append((char) (((Number) s.get(i)).longValue() & 0xFF));
        } else {
            for (Object e : ((GoArray) v).elems) sb.append((char) (((Number) e).longValue() & 0xFF));
        }
        return sb.toString();
    }

    /**
     * An untyped integer or rune constant in the checker's exact representation (BigInteger; the
     * compiler's constant arithmetic works on BigInteger/BigDecimal).
     */
    public static java.math.BigInteger intConst(long v) {
        return java.math.BigInteger.valueOf(v);
    }
}
