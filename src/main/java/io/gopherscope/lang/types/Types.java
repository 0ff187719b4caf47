package io.gopherscope.lang.types;

import java.util.List;

/**
 * Type relations of the Go spec: identity, assignability, interface satisfaction, comparability,
 * default types of untyped constants. Mirrors the predicates of {@code go/types}.
 */
public final class Types {
    private Types() {
    }

    public static boolean identical(Type a, Type b) {
        return a == b || a.equals(b);
    }

    public static boolean isInterface(Type t) {
        return t.underlying() instanceof Type.Interface;
    }

    public static boolean isNamedOrBasic(Type t) {
        return t instanceof Named || t instanceof Basic;
    }

    /** The default type of an untyped constant kind ({@code untyped int} → int, ...). */
    public static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind) {
                case UNTYPED_BOOL -> Basic.BOOL;
                case UNTYPED_INT -> Basic.INT;
                case UNTYPED_RUNE -> Basic.INT32;
                case UNTYPED_FLOAT -> Basic.FLOAT64;
                case UNTYPED_STRING -> Basic.STRING;
                default -> t;
            };
        }
        return t;
    }

    public static boolean isUntyped(Type t) {
        return t instanceof Basic b && b.isUntyped();
    }

    /** Missing method for {@code t} to implement {@code iface}, or null if it does. */
    public static String missingMethod(Type t, Type.Interface iface, MethodSetLookup lookup) {
        for (Type.Method m : iface.methods()) {
            Type.Signature have = lookup.methodSig(t, m.name());
            if (have == null || !identical(have, m.sig())) return m.name();
        }
        return null;
    }

    /** Finds method signatures in method sets (the checker supplies promotion rules). */
    public interface MethodSetLookup {
        Type.Signature methodSig(Type t, String name);
    }

    /** Whether a value of type {@code v} is assignable to {@code t} (untyped constants handled by the caller). */
    public static boolean assignable(Type v, Type t, MethodSetLookup lookup) {
        if (identical(v, t)) return true;
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (v == Basic.UNTYPED_NIL) {
            return tu instanceof Type.Pointer || tu instanceof Type.Slice || tu instanceof Type.Map
                    || tu instanceof Type.Chan || tu instanceof Type.Signature || tu instanceof Type.Interface
                    || tu == Basic.UNSAFE_POINTER;
        }
        // identical underlying types and at least one is not a named type
        if (identical(vu, tu) && (!(v instanceof Named) || !(t instanceof Named))
                && !(v instanceof Basic && t instanceof Basic)) {
            return true;
        }
        if (tu instanceof Type.Interface ti) {
            return missingMethod(v, ti, lookup) == null;
        }
        // bidirectional channel assignable to directional channel of identical element type
        if (vu instanceof Type.Chan vc && tu instanceof Type.Chan tc && vc.dir() == Type.Dir.BOTH
                && identical(vc.elem(), tc.elem()) && (!(v instanceof Named) || !(t instanceof Named))) {
            return true;
        }
        return false;
    }

    public static boolean comparable(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Slice || u instanceof Type.Map || u instanceof Type.Signature) return false;
        if (u instanceof Type.Struct s) {
            for (Type.Field f : s.fields()) if (!comparable(f.type())) return false;
        }
        if (u instanceof Type.Array a) return comparable(a.elem());
        return true;
    }

    public static boolean ordered(Type t) {
        return t.underlying() instanceof Basic b && (b.isInteger() || b.isFloat() || b.isString());
    }

    public static List<Type> tupleTypes(Type t) {
        if (t instanceof Type.Tuple tu) return tu.types();
        return List.of(t);
    }
}
