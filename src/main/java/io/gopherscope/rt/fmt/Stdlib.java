package io.gopherscope.rt.fmt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The allow-list of importable standard packages. Anything else is a compile error naming the
 * package. Packages are built once and shared: natives keep no state of their own (all state is
 * in the {@link io.gopherscope.rt.Ctx} they receive).
 */
public final class Stdlib {
    private Stdlib() {
    }

    private static final Map<String, Supplier<Package>> BUILDERS = Map.ofEntries(
            Map.entry("fmt", FmtPackage::build),
            Map.entry("strings", StringsPackage::build),
            Map.entry("bytes", BytesPackage::build),
            Map.entry("strconv", StrconvPackage::build),
            Map.entry("sort", SortPackage::build),
            Map.entry("errors", ErrorsPackage::build),
            Map.entry("math", MathPackage::build),
            Map.entry("unicode/utf8", Utf8Package::build),
            Map.entry("unicode", UnicodePackage::build),
            Map.entry("os", OsPackage::build),
            Map.entry("sync", io.gopherscope.rt.sync.SyncPackage::build),
            Map.entry("sync/atomic", io.gopherscope.rt.sync.AtomicPackage::build),
            Map.entry("time", io.gopherscope.rt.time.TimePackage::build),
            Map.entry("runtime", io.gopherscope.rt.sched.RuntimePackage::build),
            Map.entry("unsafe", Stdlib::unsafePackage));

    /**
     * {@code unsafe}: only the compile-time functions Sizeof, Alignof and Offsetof (amd64 layout,
     * see {@link io.gopherscope.rt.Values#sizeof}). unsafe.Pointer is not modelled.
     */
    private static Package unsafePackage() {
        Package p = new Package("unsafe");
        for (String f : new String[]{"Sizeof", "Alignof", "Offsetof"}) p.add(f, new Member.Builtin("unsafe." + f));
        return p;
    }

    private static final Map<String, Package> CACHE = new ConcurrentHashMap<>();

    /** The package with this import path, or null when it is not allow-listed. */
    public static Package lookup(String path) {
        Supplier<Package> b = BUILDERS.get(path);
        if (b == null) return null;
        return CACHE.computeIfAbsent(path, p -> b.get());
    }
}
