package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.NativeFunc;
import io.gopherscope.rt.slices.Slice;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * The function members of Go's {@code strings} package with their Go signatures; the work is
 * done by {@link StringOps}. Strings are byte strings; results that are slices get the capacity
 * Go's implementation allocates.
 */
final class StringFuncs {
    private StringFuncs() {
    }

    private static final Type S = Basic.STRING;
    private static final Type I = Basic.INT;
    private static final Type B = Basic.BOOL;
    private static final Type R = Basic.INT32;
    private static final Type SS = StdTypes.STRING_SLICE;
    private static final Type.Signature RUNE_PRED = StdTypes.sig(List.of(R), List.of(B));
    private static final Type.Signature RUNE_MAP = StdTypes.sig(List.of(R), List.of(R));

    /** {@code strings.Replacer}: {@code struct{ oldnew []string }}. */
    static final Named REPLACER = new Named("strings", "Replacer", StdTypes.struct("oldnew", SS));

    static {
        StdTypes.method(REPLACER, "Replace", StdTypes.sig(List.of(S), List.of(S)), true, (ctx, r, a) -> {
            Object[] on = StdTypes.elems((Slice) StdTypes.deref(r).f[0]);
            String[] pairs = new String[on.length];
            for (int k = 0; k < on.length; k++) pairs[k] = (String) on[k];
            return StringOps.replaceAll(ctx, pairs, (String) a[0]);
        });
    }

    private static void fn(Package p, String name, List<Type> params, List<Type> results, NativeFunc f) {
        p.add(name, new Member.Func(StdTypes.sig(params, results), f));
    }

    private static String str(Object o) {
        return (String) o;
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    /** A []string of the pieces, with Go's capacity (cap &lt; 0: nil). */
    static Slice strings(Ctx ctx, List<String> a, int cap) {
        if (cap < 0) return null;
        Object[] e = new Object[Math.max(cap, a.size())];
        for (int k = 0; k < e.length; k++) e[k] = k < a.size() ? a.get(k) : "";
        Slice full = StdTypes.newSlice(ctx, S, e);
        return new Slice(full.array, 0, a.size(), e.length);
    }

    private static IntPredicate pred(Ctx ctx, Object f) {
        return r -> Boolean.TRUE.equals(ctx.call(f, new Object[]{(long) r}));
    }

    static void register(Package p) {
        fn(p, "Contains", List.of(S, S), List.of(B), (c, a) -> str(a[0]).contains(str(a[1])));
        fn(p, "ContainsRune", List.of(S, R), List.of(B), (c, a) -> StringOps.indexRune(str(a[0]), num(a[1])) >= 0);
        fn(p, "ContainsAny", List.of(S, S), List.of(B), (c, a) -> StringOps.indexAny(str(a[0]), str(a[1])) >= 0);
        fn(p, "Index", List.of(S, S), List.of(I), (c, a) -> (long) str(a[0]).indexOf(str(a[1])));
        fn(p, "IndexByte", List.of(S, Basic.UINT8), List.of(I), (c, a) -> (long) str(a[0]).indexOf((char) num(a[1])));
        fn(p, "IndexRune", List.of(S, R), List.of(I), (c, a) -> (long) StringOps.indexRune(str(a[0]), num(a[1])));
        fn(p, "IndexAny", List.of(S, S), List.of(I), (c, a) -> (long) StringOps.indexAny(str(a[0]), str(a[1])));
        fn(p, "IndexFunc", List.of(S, RUNE_PRED), List.of(I),
                (c, a) -> (long) StringOps.indexFunc(str(a[0]), pred(c, a[1]), false));
        fn(p, "LastIndex", List.of(S, S), List.of(I), (c, a) -> (long) str(a[0]).lastIndexOf(str(a[1])));
        fn(p, "LastIndexByte", List.of(S, Basic.UINT8), List.of(I),
                (c, a) -> (long) str(a[0]).lastIndexOf((char) num(a[1])));
        fn(p, "LastIndexAny", List.of(S, S), List.of(I), (c, a) -> (long) StringOps.lastIndexAny(str(a[0]), str(a[1])));
        fn(p, "LastIndexFunc", List.of(S, RUNE_PRED), List.of(I),
                (c, a) -> (long) StringOps.indexFunc(str(a[0]), pred(c, a[1]), true));
        fn(p, "HasPrefix", List.of(S, S), List.of(B), (c, a) -> str(a[0]).startsWith(str(a[1])));
        fn(p, "HasSuffix", List.of(S, S), List.of(B), (c, a) -> str(a[0]).endsWith(str(a[1])));
        fn(p, "Count", List.of(S, S), List.of(I), (c, a) -> (long) StringOps.count(str(a[0]), str(a[1])));
        fn(p, "Compare", List.of(S, S), List.of(I), (c, a) -> (long) Integer.signum(str(a[0]).compareTo(str(a[1]))));
        fn(p, "EqualFold", List.of(S, S), List.of(B), (c, a) -> StringOps.equalFold(str(a[0]), str(a[1])));
        fn(p, "Join", List.of(SS, S), List.of(S), (c, a) -> {
            StringBuilder sb = new StringBuilder();
            Object[] e = StdTypes.elems((Slice) a[0]);
            for (int k = 0; k < e.length; k++) {
                if (k > 0) sb.append(str(a[1]));
                sb.append(str(e[k]));
            }
            return sb.toString();
        });
        fn(p, "Split", List.of(S, S), List.of(SS), (c, a) -> split(c, str(a[0]), str(a[1]), 0, -1));
        fn(p, "SplitN", List.of(S, S, I), List.of(SS), (c, a) -> split(c, str(a[0]), str(a[1]), 0, (int) num(a[2])));
        fn(p, "SplitAfter", List.of(S, S), List.of(SS),
                (c, a) -> split(c, str(a[0]), str(a[1]), str(a[1]).length(), -1));
        fn(p, "SplitAfterN", List.of(S, S, I), List.of(SS),
                (c, a) -> split(c, str(a[0]), str(a[1]), str(a[1]).length(), (int) num(a[2])));
        fn(p, "Fields", List.of(S), List.of(SS), (c, a) -> {
            List<String> f = StringOps.fieldsFunc(str(a[0]), StringOps::isSpace);
            return strings(c, f, f.size());
        });
        fn(p, "FieldsFunc", List.of(S, RUNE_PRED), List.of(SS), (c, a) -> {
            List<String> f = StringOps.fieldsFunc(str(a[0]), pred(c, a[1]));
            return strings(c, f, f.size());
        });
        fn(p, "Repeat", List.of(S, I), List.of(S), (c, a) -> StringOps.repeat(str(a[0]), num(a[1])));
        fn(p, "Replace", List.of(S, S, S, I), List.of(S),
                (c, a) -> StringOps.replace(str(a[0]), str(a[1]), str(a[2]), (int) num(a[3])));
        fn(p, "ReplaceAll", List.of(S, S, S), List.of(S), (c, a) -> StringOps.replace(str(a[0]), str(a[1]), str(a[2]), -1));
        fn(p, "ToUpper", List.of(S), List.of(S), (c, a) -> StringOps.toUpper(str(a[0])));
        fn(p, "ToLower", List.of(S), List.of(S), (c, a) -> StringOps.toLower(str(a[0])));
        fn(p, "ToTitle", List.of(S), List.of(S), (c, a) -> StringOps.map(Character::toTitleCase, str(a[0])));
        fn(p, "Title", List.of(S), List.of(S), (c, a) -> StringOps.title(str(a[0])));
        fn(p, "TrimSpace", List.of(S), List.of(S),
                (c, a) -> StringOps.trimRightFunc(StringOps.trimLeftFunc(str(a[0]), StringOps::isSpace), StringOps::isSpace));
        fn(p, "Trim", List.of(S, S), List.of(S), (c, a) -> {
            IntPredicate in = StringOps.inCutset(str(a[1]));
            return str(a[1]).isEmpty() ? str(a[0]) : StringOps.trimRightFunc(StringOps.trimLeftFunc(str(a[0]), in), in);
        });
        fn(p, "TrimLeft", List.of(S, S), List.of(S), (c, a) -> StringOps.trimLeftFunc(str(a[0]), StringOps.inCutset(str(a[1]))));
        fn(p, "TrimRight", List.of(S, S), List.of(S),
                (c, a) -> StringOps.trimRightFunc(str(a[0]), StringOps.inCutset(str(a[1]))));
        fn(p, "TrimFunc", List.of(S, RUNE_PRED), List.of(S), (c, a) -> {
            IntPredicate f = pred(c, a[1]);
            return StringOps.trimRightFunc(StringOps.trimLeftFunc(str(a[0]), f), f);
        });
        fn(p, "TrimLeftFunc", List.of(S, RUNE_PRED), List.of(S), (c, a) -> StringOps.trimLeftFunc(str(a[0]), pred(c, a[1])));
        fn(p, "TrimRightFunc", List.of(S, RUNE_PRED), List.of(S),
                (c, a) -> StringOps.trimRightFunc(str(a[0]), pred(c, a[1])));
        fn(p, "TrimPrefix", List.of(S, S), List.of(S),
                (c, a) -> str(a[0]).startsWith(str(a[1])) ? str(a[0]).substring(str(a[1]).length()) : str(a[0]));
        fn(p, "TrimSuffix", List.of(S, S), List.of(S), (c, a) -> str(a[0]).endsWith(str(a[1]))
                ? str(a[0]).substring(0, str(a[0]).length() - str(a[1]).length()) : str(a[0]));
        fn(p, "Cut", List.of(S, S), List.of(S, S, B), (c, a) -> {
            int k = str(a[0]).indexOf(str(a[1]));
            if (k < 0) return new Object[]{a[0], "", false};
            return new Object[]{str(a[0]).substring(0, k), str(a[0]).substring(k + str(a[1]).length()), true};
        });
        fn(p, "Map", List.of(RUNE_MAP, S), List.of(S), (c, a) -> StringOps.map(
                r -> (int) num(c.call(a[0], new Object[]{(long) r})), str(a[1])));
        p.add("NewReplacer", new Member.Func(StdTypes.variadic(List.of(SS), List.of(new Type.Pointer(REPLACER))), (c, a) -> {
            Slice on = (Slice) a[0];
            if (on != null && on.len % 2 == 1) throw StdTypes.panicString("strings.NewReplacer: odd argument count");
            Slice copy = on == null ? null : StdTypes.newSlice(c, S, StdTypes.elems(on));
            return StdTypes.newObject(c, REPLACER, copy);
        }));
        p.add("Replacer", new Member.TypeName(REPLACER));
    }

    private static Slice split(Ctx ctx, String s, String sep, int sepSave, int n) {
        int[] cap = new int[1];
        List<String> a = StringOps.genSplit(s, sep, sepSave, n, cap);
        return strings(ctx, a, cap[0]);
    }
}
