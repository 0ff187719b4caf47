package io.gopherscope.compile;

import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;

import java.math.BigInteger;
import java.util.List;

/** The universe block: predeclared types, constants, nil and builtins. */
final class Universe {
    private Universe() {
    }

    /** The predeclared {@code error} interface. */
    static final Named ERROR = io.gopherscope.rt.fmt.StdTypes.ERROR;

    static final Type ANY = io.gopherscope.rt.fmt.StdTypes.ANY;

    static final List<String> BUILTINS = List.of("append", "cap", "clear", "close", "complex", "copy", "delete",
            "imag", "len", "make", "max", "min", "new", "panic", "print", "println", "real", "recover");

    static Scope build(int goMinor) {
        Scope s = new Scope(null, null);
        for (Basic b : List.of(Basic.BOOL, Basic.INT, Basic.INT8, Basic.INT16, Basic.INT32, Basic.INT64, Basic.UINT,
                Basic.UINT8, Basic.UINT16, Basic.UINT32, Basic.UINT64, Basic.UINTPTR, Basic.FLOAT32, Basic.FLOAT64,
                Basic.COMPLEX64, Basic.COMPLEX128, Basic.STRING)) {
            s.declare(new Sym.TypeName(b.name, Pos.NONE, b));
        }
        s.declare(new Sym.TypeName("byte", Pos.NONE, Basic.UINT8));
        s.declare(new Sym.TypeName("rune", Pos.NONE, Basic.INT32));
        s.declare(new Sym.TypeName("error", Pos.NONE, ERROR));
        if (goMinor >= 18) s.declare(new Sym.TypeName("any", Pos.NONE, ANY));
        s.declare(new Sym.Const("true", Pos.NONE, Basic.UNTYPED_BOOL, Boolean.TRUE));
        s.declare(new Sym.Const("false", Pos.NONE, Basic.UNTYPED_BOOL, Boolean.FALSE));
        s.declare(new Sym.Const("iota", Pos.NONE, Basic.UNTYPED_INT, BigInteger.ZERO));
        s.declare(new Sym.Nil());
        for (String b : BUILTINS) {
            if ((b.equals("clear") || b.equals("min") || b.equals("max")) && goMinor < 21) continue;
            s.declare(new Sym.Builtin(b));
        }
        return s;
    }
}
