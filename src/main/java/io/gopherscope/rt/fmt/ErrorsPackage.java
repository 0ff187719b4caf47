package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.slices.Slice;

import java.util.ArrayList;
import java.util.List;

/**
 * The allow-listed surface of Go's {@code errors} package (models {@code errors/errors.go},
 * {@code wrap.go}, {@code join.go}; Go 1.19–1.24): {@code New}, {@code Is}, {@code As},
 * {@code Unwrap}, and from 1.20 {@code Join} and multi-error ({@code Unwrap() []error}) trees.
 */
public final class ErrorsPackage {
    private ErrorsPackage() {
    }

    /** {@code errors.errorString}: {@code struct{ s string }}, used as {@code *errorString}. */
    public static final Named ERROR_STRING = new Named("errors", "errorString", StdTypes.struct("s", Basic.STRING));
    /** {@code errors.joinError}: {@code struct{ errs []error }} (1.20+). */
    public static final Named JOIN_ERROR = new Named("errors", "joinError", StdTypes.struct("errs", StdTypes.ERROR_SLICE));

    private static final Type.Signature UNWRAP_ONE = StdTypes.sig(List.of(), List.of(StdTypes.ERROR));
    private static final Type.Signature UNWRAP_MANY = StdTypes.sig(List.of(), List.of(StdTypes.ERROR_SLICE));

    static {
        StdTypes.method(ERROR_STRING, "Error", StdTypes.ERROR_SIG, true, (ctx, r, a) -> StdTypes.deref(r).f[0]);
        StdTypes.method(JOIN_ERROR, "Error", StdTypes.ERROR_SIG, true, (ctx, r, a) -> {
            StringBuilder sb = new StringBuilder();
            Object[] errs = StdTypes.elems((Slice) StdTypes.deref(r).f[0]);
            for (int i = 0; i < errs.length; i++) {
                if (i > 0) sb.append('\n');
                sb.append(Methods.errorText(ctx, (Iface) errs[i]));
            }
            return sb.toString();
        });
        StdTypes.method(JOIN_ERROR, "Unwrap", UNWRAP_MANY, true, (ctx, r, a) -> StdTypes.deref(r).f[0]);
    }

    /** {@code errors.New(text)}: a new *errors.errorString. */
    public static Iface newError(Ctx ctx, String text) {
        return new Iface(new Type.Pointer(ERROR_STRING), StdTypes.newObject(ctx, ERROR_STRING, text));
    }

    public static Package build() {
        Package p = new Package("errors");
        Type err = StdTypes.ERROR;
        p.add("New", new Member.Func(StdTypes.sig(List.of(Basic.STRING), List.of(err)),
                (ctx, a) -> newError(ctx, (String) a[0])));
        p.add("Is", new Member.Func(StdTypes.sig(List.of(err, err), List.of(Basic.BOOL)),
                (ctx, a) -> is(ctx, (Iface) a[0], (Iface) a[1])));
        p.add("As", new Member.Func(StdTypes.sig(List.of(err, StdTypes.ANY), List.of(Basic.BOOL)),
                (ctx, a) -> as(ctx, (Iface) a[0], (Iface) a[1])));
        p.add("Unwrap", new Member.Func(StdTypes.sig(List.of(err), List.of(err)),
                (ctx, a) -> unwrap(ctx, (Iface) a[0])));
        p.add("Join", new Member.Func(StdTypes.variadic(List.of(StdTypes.ERROR_SLICE), List.of(err)),
                (ctx, a) -> join(ctx, (Slice) a[0])));
        return p;
    }

    /** {@code errors.Unwrap}: the result of {@code Unwrap() error}, or nil. */
    public static Iface unwrap(Ctx ctx, Iface err) {
        if (err == null) return null;
        Type.Signature s = Methods.signature(ctx, err.type(), "Unwrap", UNWRAP_ONE);
        if (s == null || !returnsError(s)) return null;
        return (Iface) Methods.call(ctx, err.type(), err.value(), "Unwrap", new Object[0]);
    }

    private static boolean returnsError(Type.Signature s) {
        return s.params().isEmpty() && s.results().size() == 1 && StdTypes.isErrorType(s.results().get(0));
    }

    private static boolean returnsErrors(Type.Signature s) {
        return s.params().isEmpty() && s.results().size() == 1
                && s.results().get(0) instanceof Type.Slice sl && StdTypes.isErrorType(sl.elem());
    }

    /** The errors {@code Unwrap() []error} returns (1.20+), or null when err has no such method. */
    private static Object[] unwrapMany(Ctx ctx, Iface err) {
        if (ctx.goMinor() < 20) return null;
        Type.Signature s = Methods.signature(ctx, err.type(), "Unwrap", null);
        if (s == null || !returnsErrors(s)) return null;
        return StdTypes.elems((Slice) Methods.call(ctx, err.type(), err.value(), "Unwrap", new Object[0]));
    }

    /** {@code errors.Is}. */
    public static boolean is(Ctx ctx, Iface err, Iface target) {
        if (err == null || target == null) return err == target;
        boolean comparable = Values.comparable(target.type());
        while (true) {
            if (comparable && Values.equal(err, target)) return true;
            Type.Signature isSig = Methods.signature(ctx, err.type(), "Is", null);
            if (isSig != null && isSig.params().size() == 1 && StdTypes.isErrorType(isSig.params().get(0))
                    && Boolean.TRUE.equals(Methods.call(ctx, err.type(), err.value(), "Is", new Object[]{target}))) {
                return true;
            }
            Object[] many = unwrapMany(ctx, err);
            if (many != null) {
                for (Object e : many) {
                    if (is(ctx, (Iface) e, target)) return true;
                }
                return false;
            }
            Type.Signature s = Methods.signature(ctx, err.type(), "Unwrap", UNWRAP_ONE);
            if (s == null || !returnsError(s)) return false;
            err = (Iface) Methods.call(ctx, err.type(), err.value(), "Unwrap", new Object[0]);
            if (err == null) return false;
        }
    }

    /** {@code errors.As}: target is a non-nil pointer to an interface or to a type implementing error. */
    public static boolean as(Ctx ctx, Iface err, Iface target) {
        if (err == null) return false;
        if (target == null) throw StdTypes.panicString("errors: target cannot be nil");
        if (!(target.type().underlying() instanceof Type.Pointer pt) || target.value() == null) {
            throw StdTypes.panicString("errors: target must be a non-nil pointer");
        }
        Type targetType = pt.elem();
        boolean targetIsIface = targetType.underlying() instanceof Type.Interface;
        if (!targetIsIface && !Methods.isError(ctx, targetType)) {
            throw StdTypes.panicString("errors: *target must be interface or implement error");
        }
        Pointer dst = (Pointer) target.value();
        while (true) {
            boolean assignable = targetIsIface
                    ? Methods.implementsIface(ctx, err.type(), (Type.Interface) targetType.underlying())
                    : err.type().equals(targetType);
            if (assignable) {
                dst.store(targetIsIface ? err : Values.copy(err.value()));
                return true;
            }
            Type.Signature asSig = Methods.signature(ctx, err.type(), "As", null);
            if (asSig != null && asSig.params().size() == 1
                    && Boolean.TRUE.equals(Methods.call(ctx, err.type(), err.value(), "As", new Object[]{target}))) {
                return true;
            }
            Object[] many = unwrapMany(ctx, err);
            if (many != null) {
                for (Object e : many) {
                    if (e != null && as(ctx, (Iface) e, target)) return true;
                }
                return false;
            }
            Type.Signature s = Methods.signature(ctx, err.type(), "Unwrap", UNWRAP_ONE);
            if (s == null || !returnsError(s)) return false;
            err = (Iface) Methods.call(ctx, err.type(), err.value(), "Unwrap", new Object[0]);
            if (err == null) return false;
        }
    }

    /** {@code errors.Join(errs...)} (1.20+): nil when every error is nil. */
    public static Iface join(Ctx ctx, Slice errs) {
        List<Object> kept = new ArrayList<>();
        for (Object e : StdTypes.elems(errs)) {
            if (e != null) kept.add(e);
        }
        if (kept.isEmpty()) return null;
        Slice s = StdTypes.newSlice(ctx, StdTypes.ERROR, kept.toArray());
        return new Iface(new Type.Pointer(JOIN_ERROR), StdTypes.newObject(ctx, JOIN_ERROR, s));
    }

    /** The text of an errors.New value (for tests). */
    static String text(Iface e) {
        return (String) ((GoStruct) ((Pointer) e.value()).load()).f[0];
    }
}
