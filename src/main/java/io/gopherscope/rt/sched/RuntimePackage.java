package io.gopherscope.rt.sched;

import io.gopherscope.rt.fmt.Package;

/** The allow-listed surface of Go's {@code runtime} package. */
public final class RuntimePackage {
    private RuntimePackage() {
    }

    public static Package build() {
        return new Package("runtime");
    }
}
