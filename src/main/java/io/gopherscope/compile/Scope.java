package io.gopherscope.compile;

import java.util.LinkedHashMap;
import java.util.Map;

/** A lexical block's names, linked to the enclosing block ({@code go/types.Scope}). */
final class Scope {
    final Scope parent;
    final Map<String, Sym> names = new LinkedHashMap<>();
    /** The function this block belongs to (null at package level). */
    final FnCtx fn;

    Scope(Scope parent, FnCtx fn) {
        this.parent = parent;
        this.fn = fn;
    }

    Sym lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Sym x = s.names.get(name);
            if (x != null) return x;
        }
        return null;
    }

    Sym lookupLocal(String name) {
        return names.get(name);
    }

    void declare(Sym s) {
        names.put(s.name, s);
        if (s instanceof Sym.Var v && v.owner != null && fn != null && !v.name.startsWith("~")) {
            // snapshots show this local from here to the end of the function
            fn.code.locals.add(new io.gopherscope.vm.FuncCode.LocalVar(v.name, v.slot, v.type, false, v.param ? -1 : fn.pc(), Integer.MAX_VALUE));
        }
    }
}
