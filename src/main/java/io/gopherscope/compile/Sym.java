package io.gopherscope.compile;

import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.fmt.Package;
import io.gopherscope.vm.FuncCode;

/** What a name denotes in a scope ({@code go/types.Object}). */
abstract sealed class Sym permits Sym.Var, Sym.Const, Sym.TypeName, Sym.Func, Sym.Pkg, Sym.Builtin, Sym.Nil {
    final String name;
    final Pos pos;

    Sym(String name, Pos pos) {
        this.name = name;
        this.pos = pos;
    }

    /**
     * A variable. Locals live in frame slot {@code slot}; when {@code boxed} (its address is
     * taken or a closure captures it) the slot holds a {@link Cell}. Compiled code reads the
     * flag when it runs, so a variable can become boxed after earlier uses were compiled.
     * Globals are always cells ({@code global != null}).
     */
    static final class Var extends Sym {
        Type type;
        final int slot;
        final FnCtx owner;
        boolean boxed;
        final Cell global;
        boolean used;
        /** Is a function parameter or result (boxing happens at function entry). */
        boolean param;

        Var(String name, Pos pos, Type type, int slot, FnCtx owner, Cell global) {
            super(name, pos);
            this.type = type;
            this.slot = slot;
            this.owner = owner;
            this.global = global;
        }
    }

    static final class Const extends Sym {
        final Type type;
        final Object value;
        boolean used;

        Const(String name, Pos pos, Type type, Object value) {
            super(name, pos);
            this.type = type;
            this.value = value;
        }
    }

    static final class TypeName extends Sym {
        Type type;

        TypeName(String name, Pos pos, Type type) {
            super(name, pos);
            this.type = type;
        }
    }

    static final class Func extends Sym {
        final FuncCode code;
        Type.Signature sig;

        Func(String name, Pos pos, FuncCode code, Type.Signature sig) {
            super(name, pos);
            this.code = code;
            this.sig = sig;
        }
    }

    static final class Pkg extends Sym {
        final Package pkg;
        boolean used;
        /** A refused import: selectors on it are silently invalid. */
        boolean broken;

        Pkg(String name, Pos pos, Package pkg) {
            super(name, pos);
            this.pkg = pkg;
        }
    }

    static final class Builtin extends Sym {
        Builtin(String name) {
            super(name, Pos.NONE);
        }
    }

    static final class Nil extends Sym {
        Nil() {
            super("nil", Pos.NONE);
        }
    }
}
