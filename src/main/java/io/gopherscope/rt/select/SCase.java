package io.gopherscope.rt.select;

import io.gopherscope.rt.chan.HChan;

/**
 * Models {@code runtime.scase}: one case of a select. For a send, {@code elem} is the value; for
 * a receive, {@code out[0]} receives the value and {@code out[1]} the ok flag.
 */
public final class SCase {
    public final HChan c;
    public final boolean send;
    public final Object elem;
    public final Object[] out = new Object[2];
    public final io.gopherscope.lang.types.Type elemtype;

    public SCase(HChan c, boolean send, Object elem, io.gopherscope.lang.types.Type elemtype) {
        this.c = c;
        this.send = send;
        this.elem = elem;
        this.elemtype = elemtype;
    }
}
