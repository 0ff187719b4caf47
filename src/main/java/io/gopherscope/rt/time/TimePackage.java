package io.gopherscope.rt.time;

import io.gopherscope.rt.fmt.Package;

/** The allow-listed surface of Go's {@code time} package. */
public final class TimePackage {
    private TimePackage() {
    }

    public static Package build() {
        return new Package("time");
    }
}
