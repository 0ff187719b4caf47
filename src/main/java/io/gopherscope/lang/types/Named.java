package io.gopherscope.lang.types;

import java.util.LinkedHashMap;


/**
 * A defined type ({@code type T ...}, or a library type such as {@code time.Duration}), mirroring
 * {@code go/types.Named}. Identity is object identity. Methods are registered by the checker
 * (user methods) or by the library (native methods); {@code impl} is filled in by the compiler or
 * the library: a compiled function or a {@code io.gopherscope.rt.NativeMethod}.
 */
public final class Named implements Type {

    /** A method of a named type. {@code pointerRecv} is true for {@code func (t *T) M()}. */
    public static final class MethodDef {
        public final String name;
        public final Type.Signature sig;
        public final boolean pointerRecv;
        public Object impl;

        public MethodDef(String name, Type.Signature sig, boolean pointerRecv, Object impl) {
            this.name = name;
            this.sig = sig;
            this.pointerRecv = pointerRecv;
            this.impl = impl;
        }
    }

    public final String pkg;
    public final String name;
    private Type underlying;
    public final java.util.Map<String, MethodDef> methods = new LinkedHashMap<>();

    public Named(String pkg, String name, Type underlying) {
        this.pkg = pkg;
        this.name = name;
        this.underlying = underlying;
    }

    public void setUnderlying(Type t) {
        this.underlying = t;
    }

    @Override
    public Type underlying() {
        Type u = underlying;
        // a chain of named types resolves to the last one's underlying type
        while (u instanceof Named n) {
            u = n.underlying;
        }
        return u;
    }

    public Type rawUnderlying() {
        return underlying;
    }

    public MethodDef method(String name) {
        return methods.get(name);
    }

    @Override
    public String toString() {
        return pkg == null || pkg.isEmpty() ? name : pkg + "." + name;
    }
}
