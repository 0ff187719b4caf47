package io.gopherscope.rt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.slices.Slice;

import java.nio.charset.StandardCharsets;

/**
 * How Go values are represented in the simulator. This is the contract between the VM, the
 * runtime and the library:
 * <ul>
 * <li>integers of every kind: {@link Long}, wrapped to the type's width (uint64 as its bit pattern);
 *     {@code byte} and {@code rune} too;</li>
 * <li>float64 and float32: {@link Double} (float32 values already rounded to float precision);</li>
 * <li>bool: {@link Boolean};</li>
 * <li>string: a Java {@link String} whose chars are the string's <em>bytes</em> (0..255), so
 *     {@code len} is {@code length()} and invalid UTF-8 survives; see {@link #goString} and
 *     {@link #javaString};</li>
 * <li>nil pointers, maps, channels, funcs, slices and interfaces: {@code null};</li>
 * <li>struct: {@link GoStruct}; array: {@link GoArray} (both copied on every store);</li>
 * <li>slice: {@link Slice}; pointer: {@link Pointer}; interface: {@link Iface};</li>
 * <li>map: {@code io.gopherscope.rt.maps.GoMap}; channel: {@code io.gopherscope.rt.chan.HChan};
 *     func: a VM closure or a {@link NativeFunc}.</li>
 * </ul>
 */
public final class Values {
    private Values() {
    }

    /** The zero value of {@code t}. */
    public static Object zero(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            if (b.isInteger()) return 0L;
            if (b.isFloat()) return 0.0;
            if (b.isBoolean()) return Boolean.FALSE;
            if (b.isString()) return "";
            return null;
        }
        if (u instanceof Type.Struct s) {
            Object[] f = new Object[s.fields().size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = zero(s.fields().get(i).type());
            }
            return new GoStruct(f);
        }
        if (u instanceof Type.Array a) {
            Object[] e = new Object[(int) a.len()];
            for (int i = 0; i < e.length; i++) {
                e[i] = zero(a.elem());
            }
            return new GoArray(a.elem(), sizeof(a.elem()), e);
        }
        return null;
    }

    /** Whether a zero value of {@code t} must be built per use (structs and arrays are mutable objects). */
    public static boolean needsCopy(Type t) {
        Type u = t.underlying();
        return u instanceof Type.Struct || u instanceof Type.Array;
    }

    /** Value-semantics copy: structs and arrays are copied deeply, everything else is shared. */
    public static Object copy(Object v) {
        if (v instanceof GoStruct s) {
            Object[] f = s.f.clone();
            for (int i = 0; i < f.length; i++) {
                if (f[i] instanceof GoStruct || f[i] instanceof GoArray) f[i] = copy(f[i]);
            }
            return new GoStruct(f);
        }
        if (v instanceof GoArray a) {
            Object[] e = a.elems.clone();
            for (int i = 0; i < e.length; i++) {
                if (e[i] instanceof GoStruct || e[i] instanceof GoArray) e[i] = copy(e[i]);
            }
            return new GoArray(a.elem, a.elemSize, e);
        }
        return v;
    }

    /**
     * Go's {@code ==} on two values of the same comparable type. Interfaces compare dynamic types
     * and then values; comparing uncomparable dynamic types panics as Go does.
     */
    public static boolean equal(Object a, Object b) {
        // NaN != NaN even for the same boxed value
        if (a instanceof Double x && b instanceof Double y) return x.doubleValue() == y.doubleValue();
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (a instanceof Double x && b instanceof Double y) return x.doubleValue() == y.doubleValue();
        if (a instanceof GoStruct x && b instanceof GoStruct y) {
            for (int i = 0; i < x.f.length; i++) {
                if (!equal(x.f[i], y.f[i])) return false;
            }
            return true;
        }
        if (a instanceof GoArray x && b instanceof GoArray y) {
            for (int i = 0; i < x.elems.length; i++) {
                if (!equal(x.elems[i], y.elems[i])) return false;
            }
            return true;
        }
        if (a instanceof Iface x && b instanceof Iface y) {
            if (!x.type().equals(y.type())) return false;
            if (!comparable(x.type())) {
                throw GoPanic.runtimeError("comparing uncomparable type " + x.type());
            }
            return equal(x.value(), y.value());
        }
        return a.equals(b);
    }

    /** Whether values of {@code t} can be compared with {@code ==} (and used as map keys). */
    public static boolean comparable(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Slice || u instanceof Type.Map || u instanceof Type.Signature) return false;
        if (u instanceof Type.Struct s) {
            for (Type.Field f : s.fields()) {
                if (!comparable(f.type())) return false;
            }
        }
        if (u instanceof Type.Array a) return comparable(a.elem());
        return true;
    }

    /** Size in bytes of a value of type {@code t} on amd64 (with Go's alignment and padding). */
    public static int sizeof(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) return b.size();
        if (u instanceof Type.Slice) return 24;
        if (u instanceof Type.Interface) return 16;
        if (u instanceof Type.Array a) return (int) Math.min(Integer.MAX_VALUE, a.len() * sizeof(a.elem()));
        if (u instanceof Type.Struct s) {
            long off = 0;
            int maxAlign = 1;
            for (Type.Field f : s.fields()) {
                int al = alignof(f.type());
                maxAlign = Math.max(maxAlign, al);
                off = (off + al - 1) / al * al;
                off += sizeof(f.type());
            }
            return (int) ((off + maxAlign - 1) / maxAlign * maxAlign);
        }
        return 8;
    }

    /** Alignment of {@code t} on amd64. */
    public static int alignof(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) return b.kind == Basic.Kind.STRING || b.kind == Basic.Kind.COMPLEX128 ? 8 : Math.min(8, b.size());
        if (u instanceof Type.Array a) return alignof(a.elem());
        if (u instanceof Type.Struct s) {
            int m = 1;
            for (Type.Field f : s.fields()) m = Math.max(m, alignof(f.type()));
            return m;
        }
        return 8;
    }

    /** Byte offset of field {@code idx} in struct type {@code s}. */
    public static long fieldOffset(Type.Struct s, int idx) {
        long off = 0;
        for (int i = 0; i <= idx; i++) {
            Type ft = s.fields().get(i).type();
            int al = alignof(ft);
            off = (off + al - 1) / al * al;
            if (i < idx) off += sizeof(ft);
        }
        return off;
    }

    /** Converts Java text to a Go byte string (UTF-8 bytes as chars 0..255). */
    public static String goString(String javaText) {
        byte[] b = javaText.getBytes(StandardCharsets.UTF_8);
        if (b.length == javaText.length()) return javaText;
        return latin1(b);
    }

    /** Interprets a Go byte string as UTF-8 Java text (invalid bytes become U+FFFD). */
    public static String javaString(String goBytes) {
        return new String(bytes(goBytes), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String goBytes) {
        return goBytes.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** Whether {@code t} is a named type or a pointer to one that has method {@code name} declared directly. */
    public static Named namedOf(Type t) {
        if (t instanceof Named n) return n;
        if (t instanceof Type.Pointer p && p.elem() instanceof Named n) return n;
        return null;
    }
}
