package io.gopherscope.rt.sync;

import io.gopherscope.rt.fmt.Package;

/** The allow-listed surface of Go's {@code sync} package. */
public final class SyncPackage {
    private SyncPackage() {
    }

    public static Package build() {
        return new Package("sync");
    }
}
