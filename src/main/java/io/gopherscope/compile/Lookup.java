package io.gopherscope.compile;

import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Field and method lookup with promotion through embedded fields ({@code go/types.LookupFieldOrMethod}):
 * the shallowest match wins; two matches at the same depth are ambiguous.
 */
final class Lookup {
    private Lookup() {
    }

    /** A field: the path of field indexes from the receiver's struct, and the field's type. */
    record FieldSel(int[] path, Type type) {}

    /** A method: the embedded path to the declaring named type and the method. */
    record MethodSel(int[] path, Named owner, Named.MethodDef def, Type.Method ifaceMethod) {}

    static Object find(Type t, String name) {
        Type base = t;
        if (t instanceof Type.Pointer p) base = p.elem();
        // interface methods
        if (base.underlying() instanceof Type.Interface it && !(t instanceof Type.Pointer)) {
            Type.Method m = it.method(name);
            return m == null ? null : new MethodSel(new int[0], null, null, m);
        }
        List<Type> level = new ArrayList<>();
        List<int[]> paths = new ArrayList<>();
        level.add(base);
        paths.add(new int[0]);
        java.util.Set<Type> seen = new java.util.HashSet<>();
        for (int depth = 0; depth < 10 && !level.isEmpty(); depth++) {
            Object found = null;
            int count = 0;
            List<Type> next = new ArrayList<>();
            List<int[]> nextPaths = new ArrayList<>();
            for (int k = 0; k < level.size(); k++) {
                Type cur = level.get(k);
                int[] path = paths.get(k);
                if (cur instanceof Named n) {
                    if (!seen.add(n)) continue;
                    Named.MethodDef d = n.method(name);
                    if (d != null) {
                        found = new MethodSel(path, n, d, null);
                        count++;
                        continue;
                    }
                }
                Type u = cur.underlying();
                if (u instanceof Type.Struct s) {
                    for (int i = 0; i < s.fields().size(); i++) {
                        Type.Field f = s.fields().get(i);
                        int[] p2 = java.util.Arrays.copyOf(path, path.length + 1);
                        p2[path.length] = i;
                        if (f.name().equals(name)) {
                            found = new FieldSel(p2, f.type());
                            count++;
                        }
                        if (f.embedded()) {
                            Type ft = f.type();
                            if (ft instanceof Type.Pointer fp) ft = fp.elem();
                            next.add(ft);
                            nextPaths.add(p2);
                        }
                    }
                } else if (u instanceof Type.Interface it && depth > 0) {
                    Type.Method m = it.method(name);
                    if (m != null) {
                        found = new MethodSel(path, null, null, m);
                        count++;
                    }
                }
            }
            if (count == 1) return found;
            if (count > 1) return AMBIGUOUS;
            level = next;
            paths = nextPaths;
        }
        return null;
    }

    static final Object AMBIGUOUS = new Object();
}
