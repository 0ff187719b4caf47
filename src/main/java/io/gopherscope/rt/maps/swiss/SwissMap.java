package io.gopherscope.rt.maps.swiss;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.maps.GoMap;
import io.gopherscope.rt.maps.classic.MapOps;

/** Placeholder until the Swiss-table map lands: Go 1.24+ currently gets the classic hmap. */
public final class SwissMap {
    private SwissMap() {
    }

    public static GoMap make(Ctx ctx, Type.Map type, long hint) {
        return MapOps.makemap(ctx, type, hint);
    }
}
