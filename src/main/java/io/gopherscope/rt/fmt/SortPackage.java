package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.NativeFunc;
import io.gopherscope.rt.slices.Slice;

import java.util.List;

/**
 * The allow-listed surface of Go's {@code sort} package (models {@code sort/sort.go},
 * {@code slice.go}, {@code search.go}; Go 1.19–1.24): the typed helpers, {@code Slice} with a Go
 * less function, {@code Sort}/{@code Stable} on a {@code sort.Interface}, {@code Reverse},
 * {@code IntSlice}/{@code StringSlice}/{@code Float64Slice} and the searches. All sorting goes
 * through {@link Pdqsort} so results match Go even for equal elements.
 */
public final class SortPackage {
    private SortPackage() {
    }

    private static final Type I = Basic.INT;
    private static final Type B = Basic.BOOL;
    private static final Type.Signature LEN = StdTypes.sig(List.of(), List.of(I));
    private static final Type.Signature LESS = StdTypes.sig(List.of(I, I), List.of(B));
    private static final Type.Signature SWAP = StdTypes.sig(List.of(I, I), List.of());

    /** {@code sort.Interface}. */
    public static final Named INTERFACE = new Named("sort", "Interface", new Type.Interface(List.of(
            new Type.Method("Len", LEN), new Type.Method("Less", LESS), new Type.Method("Swap", SWAP))));
    /** {@code sort.reverse}: {@code struct{ Interface }}, returned by Reverse as a pointer. */
    static final Named REVERSE = new Named("sort", "reverse",
            new Type.Struct(List.of(new Type.Field("Interface", INTERFACE, true))));
    public static final Named INT_SLICE = new Named("sort", "IntSlice", new Type.Slice(I));
    public static final Named STRING_SLICE = new Named("sort", "StringSlice", StdTypes.STRING_SLICE);
    public static final Named FLOAT64_SLICE = new Named("sort", "Float64Slice", new Type.Slice(Basic.FLOAT64));

    static {
        StdTypes.method(REVERSE, "Len", LEN, false, (c, r, a) -> call(c, inner(r), "Len"));
        StdTypes.method(REVERSE, "Less", LESS, false, (c, r, a) -> call(c, inner(r), "Less", a[1], a[0]));
        StdTypes.method(REVERSE, "Swap", SWAP, false, (c, r, a) -> call(c, inner(r), "Swap", a[0], a[1]));
        for (Named n : List.of(INT_SLICE, STRING_SLICE, FLOAT64_SLICE)) {
            StdTypes.method(n, "Len", LEN, false, (c, r, a) -> (long) (r == null ? 0 : ((Slice) r).len));
            StdTypes.method(n, "Less", LESS, false, (c, r, a) -> less(n, (Slice) r, idx(a[0]), idx(a[1])));
            StdTypes.method(n, "Swap", SWAP, false, (c, r, a) -> {
                swap((Slice) r, idx(a[0]), idx(a[1]));
                return null;
            });
            StdTypes.method(n, "Sort", StdTypes.sig(List.of(), List.of()), false, (c, r, a) -> {
                sortSlice(c, (Slice) r, n);
                return null;
            });
        }
    }

    private static Iface inner(Object recv) {
        return (Iface) ((GoStruct) recv).f[0];
    }

    private static Object call(Ctx c, Iface recv, String name, Object... args) {
        if (recv == null) throw io.gopherscope.rt.GoPanic.nilDeref();
        return Methods.call(c, recv.type(), recv.value(), name, args);
    }

    private static int idx(Object o) {
        return (int) ((Number) o).longValue();
    }

    private static boolean less(Named kind, Slice s, int i, int j) {
        Object x = s.get(i), y = s.get(j);
        if (kind == FLOAT64_SLICE) {
            double a = (Double) x, b = (Double) y;
            return a < b || (Double.isNaN(a) && !Double.isNaN(b));
        }
        if (kind == STRING_SLICE) return ((String) x).compareTo((String) y) < 0;
        return (Long) x < (Long) y;
    }

    private static void swap(Slice s, int i, int j) {
        Object t = s.get(i);
        s.set(i, s.get(j));
        s.set(j, t);
    }

    /** Sorts a []int, []string or []float64 in place as sort.Ints & co. do. */
    static void sortSlice(Ctx ctx, Slice s, Named kind) {
        if (s == null) return;
        Pdqsort.sort(new Pdqsort.LessSwap() {
            public boolean less(int i, int j) {
                return SortPackage.less(kind, s, i, j);
            }

            public void swap(int i, int j) {
                SortPackage.swap(s, i, j);
            }
        }, s.len, ctx.goMinor());
    }

    private static boolean sorted(Slice s, Named kind) {
        if (s == null) return true;
        for (int i = s.len - 1; i > 0; i--) {
            if (less(kind, s, i, i - 1)) return false;
        }
        return true;
    }

    /** A LessSwap over a slice operand with a Go less function. */
    private static Pdqsort.LessSwap funcData(Ctx ctx, Slice s, Object lessFn) {
        return new Pdqsort.LessSwap() {
            public boolean less(int i, int j) {
                return Boolean.TRUE.equals(ctx.call(lessFn, new Object[]{(long) i, (long) j}));
            }

            public void swap(int i, int j) {
                SortPackage.swap(s, i, j);
            }
        };
    }

    /** A LessSwap over a sort.Interface value. */
    private static Pdqsort.LessSwap ifaceData(Ctx ctx, Iface data) {
        return new Pdqsort.LessSwap() {
            public boolean less(int i, int j) {
                return Boolean.TRUE.equals(call(ctx, data, "Less", (long) i, (long) j));
            }

            public void swap(int i, int j) {
                call(ctx, data, "Swap", (long) i, (long) j);
            }
        };
    }

    private static Slice sliceOf(Object any) {
        return any == null ? null : (Slice) ((Iface) any).value();
    }

    private static long search(Ctx ctx, long n, java.util.function.LongPredicate f) {
        long i = 0, j = n;
        while (i < j) {
            long h = (i + j) >>> 1;
            if (!f.test(h)) i = h + 1;
            else j = h;
        }
        return i;
    }

    private static void fn(Package p, String name, List<Type> params, List<Type> results, NativeFunc f) {
        p.add(name, new Member.Func(StdTypes.sig(params, results), f));
    }

    public static Package build() {
        Package p = new Package("sort");
        Type ints = new Type.Slice(I), strs = StdTypes.STRING_SLICE, floats = new Type.Slice(Basic.FLOAT64);
        Type lessFn = StdTypes.sig(List.of(I, I), List.of(B));
        fn(p, "Ints", List.of(ints), List.of(), (c, a) -> {
            sortSlice(c, (Slice) a[0], INT_SLICE);
            return null;
        });
        fn(p, "Strings", List.of(strs), List.of(), (c, a) -> {
            sortSlice(c, (Slice) a[0], STRING_SLICE);
            return null;
        });
        fn(p, "Float64s", List.of(floats), List.of(), (c, a) -> {
            sortSlice(c, (Slice) a[0], FLOAT64_SLICE);
            return null;
        });
        fn(p, "IntsAreSorted", List.of(ints), List.of(B), (c, a) -> sorted((Slice) a[0], INT_SLICE));
        fn(p, "StringsAreSorted", List.of(strs), List.of(B), (c, a) -> sorted((Slice) a[0], STRING_SLICE));
        fn(p, "Float64sAreSorted", List.of(floats), List.of(B), (c, a) -> sorted((Slice) a[0], FLOAT64_SLICE));
        fn(p, "Slice", List.of(StdTypes.ANY, lessFn), List.of(), (c, a) -> {
            Slice s = sliceOf(a[0]);
            if (s != null) Pdqsort.sort(funcData(c, s, a[1]), s.len, c.goMinor());
            return null;
        });
        fn(p, "SliceStable", List.of(StdTypes.ANY, lessFn), List.of(), (c, a) -> {
            Slice s = sliceOf(a[0]);
            if (s != null) Pdqsort.stable(funcData(c, s, a[1]), s.len);
            return null;
        });
        fn(p, "SliceIsSorted", List.of(StdTypes.ANY, lessFn), List.of(B), (c, a) -> {
            Slice s = sliceOf(a[0]);
            int n = s == null ? 0 : s.len;
            for (int i = n - 1; i > 0; i--) {
                if (Boolean.TRUE.equals(c.call(a[1], new Object[]{(long) i, (long) (i - 1)}))) return false;
            }
            return true;
        });
        fn(p, "Sort", List.of(INTERFACE), List.of(), (c, a) -> {
            Iface d = (Iface) a[0];
            int n = idx(call(c, d, "Len"));
            Pdqsort.sort(ifaceData(c, d), n, c.goMinor());
            return null;
        });
        fn(p, "Stable", List.of(INTERFACE), List.of(), (c, a) -> {
            Iface d = (Iface) a[0];
            Pdqsort.stable(ifaceData(c, d), idx(call(c, d, "Len")));
            return null;
        });
        fn(p, "IsSorted", List.of(INTERFACE), List.of(B), (c, a) -> {
            Iface d = (Iface) a[0];
            for (int i = idx(call(c, d, "Len")) - 1; i > 0; i--) {
                if (Boolean.TRUE.equals(call(c, d, "Less", (long) i, (long) (i - 1)))) return false;
            }
            return true;
        });
        fn(p, "Reverse", List.of(INTERFACE), List.of(INTERFACE), (c, a) ->
                new Iface(new Type.Pointer(REVERSE), StdTypes.newObject(c, REVERSE, a[0])));
        fn(p, "Search", List.of(I, StdTypes.sig(List.of(I), List.of(B))), List.of(I), (c, a) ->
                search(c, ((Number) a[0]).longValue(), h -> Boolean.TRUE.equals(c.call(a[1], new Object[]{h}))));
        fn(p, "SearchInts", List.of(ints, I), List.of(I), (c, a) -> {
            Slice s = (Slice) a[0];
            long x = ((Number) a[1]).longValue();
            return search(c, s == null ? 0 : s.len, h -> (Long) s.get((int) h) >= x);
        });
        fn(p, "SearchStrings", List.of(strs, Basic.STRING), List.of(I), (c, a) -> {
            Slice s = (Slice) a[0];
            return search(c, s == null ? 0 : s.len, h -> ((String) s.get((int) h)).compareTo((String) a[1]) >= 0);
        });
        fn(p, "SearchFloat64s", List.of(floats, Basic.FLOAT64), List.of(I), (c, a) -> {
            Slice s = (Slice) a[0];
            return search(c, s == null ? 0 : s.len, h -> (Double) s.get((int) h) >= (Double) a[1]);
        });
        p.add("Interface", new Member.TypeName(INTERFACE));
        p.add("IntSlice", new Member.TypeName(INT_SLICE));
        p.add("StringSlice", new Member.TypeName(STRING_SLICE));
        p.add("Float64Slice", new Member.TypeName(FLOAT64_SLICE));
        return p;
    }
}
