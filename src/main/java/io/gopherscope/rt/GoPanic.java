package io.gopherscope.rt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;

/**
 * A Go panic in flight: recoverable by the program's deferred {@code recover()}. {@code value} is
 * the panic value as an interface ({@link Iface}, or null for {@code panic(nil)}).
 * Runtime errors are values of the runtime's error types ({@code runtime.boundsError},
 * {@code runtime.plainError}, ...), whose {@code Error()} gives the exact Go message.
 */
public final class GoPanic extends RuntimeException {
    public final Iface value;

    public GoPanic(Iface value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** {@code runtime.Error} values: the message is the full text including any "runtime error: " prefix. */
    public static final Named BOUNDS_ERROR = runtimeErrorType("boundsError");
    public static final Named ERROR_STRING = runtimeErrorType("errorString");
    public static final Named PLAIN_ERROR = runtimeErrorType("plainError");
    public static final Named TYPE_ASSERTION_ERROR = new Named("runtime", "TypeAssertionError", Basic.STRING);

    private static Named runtimeErrorType(String name) {
        Named n = new Named("runtime", name, Basic.STRING);
        addErrorMethods(n, false);
        return n;
    }

    /** runtime.Error's methods: Error() gives the message; RuntimeError() marks the type. */
    private static void addErrorMethods(Named n, boolean ptr) {
        Type.Signature errSig = new Type.Signature(java.util.List.of(), java.util.List.of(Basic.STRING), false);
        n.methods.put("Error", new Named.MethodDef("Error", errSig, ptr, (NativeMethod) (ctx, recv, args) -> recv));
        n.methods.put("RuntimeError", new Named.MethodDef("RuntimeError",
                new Type.Signature(java.util.List.of(), java.util.List.of(), false), ptr, (NativeMethod) (ctx, recv, args) -> null));
    }

    static {
        addErrorMethods(TYPE_ASSERTION_ERROR, true);
    }

    /** {@code runtime error: index out of range [5] with length 3} and other bounds errors. */
    public static GoPanic bounds(String msg) {
        return new GoPanic(new Iface(BOUNDS_ERROR, "runtime error: " + msg));
    }

    /** errorString: the message gets the {@code runtime error: } prefix. */
    public static GoPanic runtimeError(String msg) {
        return new GoPanic(new Iface(ERROR_STRING, "runtime error: " + msg));
    }

    /** plainError: no prefix ({@code send on closed channel}, {@code assignment to entry in nil map}). */
    public static GoPanic plain(String msg) {
        return new GoPanic(new Iface(PLAIN_ERROR, msg));
    }

    /** A panic with a plain string value, as library code's {@code panic("...")} makes. */
    public static GoPanic plainNoRuntime(String msg) {
        return new GoPanic(new Iface(Basic.STRING, msg));
    }

    /** {@code interface conversion: ...}, a *runtime.TypeAssertionError. */
    public static GoPanic typeAssertion(String msg) {
        return new GoPanic(new Iface(new Type.Pointer(TYPE_ASSERTION_ERROR), msg));
    }

    public static boolean isRuntimeErrorType(Type t) {
        return t == BOUNDS_ERROR || t == ERROR_STRING || t == PLAIN_ERROR
                || (t instanceof Type.Pointer p && p.elem() == TYPE_ASSERTION_ERROR);
    }

    /** Nil pointer dereference, which also prints the SIGSEGV line when uncaught. */
    public static GoPanic nilDeref() {
        GoPanic p = runtimeError("invalid memory address or nil pointer dereference");
        p.sigsegv = true;
        return p;
    }

    /** Set for memory faults: the uncaught report adds {@code [signal SIGSEGV: ...]}. */
    public boolean sigsegv;

    @Override
    public String getMessage() {
        return value == null ? "nil" : String.valueOf(value.value());
    }
}
