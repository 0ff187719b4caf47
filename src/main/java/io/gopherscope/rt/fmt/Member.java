package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.NativeFunc;

/** One exported member of an allow-listed standard package. */
public sealed interface Member {

    /** A function with its Go signature and Java implementation. */
    record Func(Type.Signature sig, NativeFunc impl) implements Member {}

    /**
     * A constant. {@code value} uses the constant representation of the checker: Long or
     * {@link java.math.BigInteger} for integers, Double for floats, String (bytes) or Boolean;
     * {@code type} may be an untyped basic type ({@code math.Pi} is an untyped float).
     */
    record Const(Type type, Object value) implements Member {}

    /** A package-level variable ({@code os.Args}, {@code os.Stdout}). */
    record Var(Type type, Cell cell) implements Member {}

    /** A type ({@code strings.Builder}, {@code time.Duration}, {@code sync.WaitGroup}). */
    record TypeName(Type type) implements Member {}

    /** A function the compiler evaluates itself ({@code unsafe.Sizeof}), named as the checker knows it. */
    record Builtin(String name) implements Member {}
}
