package io.gopherscope.rt.sync;

import io.gopherscope.rt.fmt.Package;

/** The allow-listed surface of Go's {@code sync/atomic} package. */
public final class AtomicPackage {
    private AtomicPackage() {
    }

    public static Package build() {
        return new Package("sync/atomic");
    }
}
