package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.NativeMethod;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.maps.GoMap;
import io.gopherscope.rt.slices.Slice;

import java.util.ArrayList;
import java.util.List;

/** Builders for Go values in tests. */
final class G {
    private G() {
    }

    static final Type INT = Basic.INT;
    static final Type STR = Basic.STRING;
    static final Type F64 = Basic.FLOAT64;

    static Iface i(long v) {
        return new Iface(Basic.INT, v);
    }

    static Iface s(String v) {
        return new Iface(Basic.STRING, go(v));
    }

    static String go(String javaText) {
        return GoStrings.fromJava(javaText);
    }

    static Iface f(double v) {
        return new Iface(Basic.FLOAT64, v);
    }

    static Iface b(boolean v) {
        return new Iface(Basic.BOOL, v);
    }

    static Iface v(Type t, Object v) {
        return new Iface(t, v);
    }

    static Type.Struct struct(Object... nameTypes) {
        List<Type.Field> f = new ArrayList<>();
        for (int k = 0; k < nameTypes.length; k += 2) {
            f.add(new Type.Field((String) nameTypes[k], (Type) nameTypes[k + 1], false));
        }
        return new Type.Struct(f);
    }

    static Named named(String name, Type u) {
        return new Named("main", name, u);
    }

    static GoStruct st(Object... fields) {
        return new GoStruct(fields);
    }

    static Slice slice(Ctx ctx, Type elem, Object... elems) {
        return StdTypes.newSlice(ctx, elem, elems);
    }

    static GoArray array(Type elem, Object... elems) {
        return new GoArray(elem, io.gopherscope.rt.Values.sizeof(elem), elems);
    }

    static Pointer ptr(Ctx ctx, Type elem, Object v) {
        Cell c = new Cell(v);
        c.addr = ctx.heap().alloc(io.gopherscope.rt.Values.sizeof(elem));
        return new Pointer.ToCell(c);
    }

    static GoMap map(Ctx ctx, Type.Map t, Object... kvs) {
        GoMap m = new TestMap(t);
        for (int k = 0; k < kvs.length; k += 2) m.assign(ctx, kvs[k], kvs[k + 1]);
        return m;
    }

    /** The variadic []any of the given operands. */
    static Slice args(Ctx ctx, Object... operands) {
        return StdTypes.newSlice(ctx, StdTypes.ANY, operands);
    }

    static void method(Named n, String name, boolean ptrRecv, NativeMethod impl) {
        StdTypes.method(n, name, StdTypes.sig(List.of(), List.of(Basic.STRING)), ptrRecv, impl);
    }

    static String sprintf(Ctx ctx, String format, Object... operands) {
        return GoStrings.toJava(Printer.sprintf(ctx, go(format), args(ctx, operands)));
    }

    static String sprint(Ctx ctx, Object... operands) {
        return GoStrings.toJava(Printer.sprint(ctx, args(ctx, operands)));
    }

    static String sprintln(Ctx ctx, Object... operands) {
        return GoStrings.toJava(Printer.sprintln(ctx, args(ctx, operands)));
    }
}
