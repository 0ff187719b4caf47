package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.slices.Slice;
import io.gopherscope.rt.slices.SliceOps;

/**
 * The byte slices behind {@code strings.Builder} and {@code bytes.Buffer}: their bytes live in a
 * real {@code []byte}, grown as the Go library grows it, so {@code Cap()} and the snapshot show
 * the same backing arrays a Go program has.
 */
final class ByteBufs {
    private ByteBufs() {
    }

    /** {@code append(buf, s...)}. */
    static Slice append(Ctx ctx, Slice buf, String s) {
        return SliceOps.appendString(ctx, buf, Basic.UINT8, s);
    }

    /** A new {@code make([]byte, len(buf), newCap)} holding buf's bytes ({@code copy}). */
    static Slice realloc(Ctx ctx, Slice buf, long newCap) {
        int n = buf == null ? 0 : buf.len;
        Slice out = SliceOps.makeslice(ctx, Basic.UINT8, n, newCap);
        for (int i = 0; i < n; i++) out.set(i, buf.get(i));
        return out;
    }

    /** Writes s at buf[at:] (the caller made room). */
    static void put(Slice buf, int at, String s) {
        for (int i = 0; i < s.length(); i++) buf.set(at + i, (long) (s.charAt(i) & 0xFF));
    }

    /** {@code string(buf[from:])}. */
    static String text(Slice buf, int from) {
        if (buf == null || buf.len <= from) return "";
        return io.gopherscope.rt.slices.StringConv.bytesToString(
                from == 0 ? buf : new Slice(buf.array, buf.off + from, buf.len - from, buf.cap - from));
    }

    static int len(Slice buf) {
        return buf == null ? 0 : buf.len;
    }

    static int cap(Slice buf) {
        return buf == null ? 0 : buf.cap;
    }
}
