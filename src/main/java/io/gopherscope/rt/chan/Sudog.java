package io.gopherscope.rt.chan;

import io.gopherscope.rt.Goroutine;

/**
 * Models {@code runtime.sudog}: a goroutine waiting in a channel's queue. {@code elem} holds the
 * value to send, or receives the value handed over; {@code success} tells a woken goroutine
 * whether a value was transferred (false: the channel was closed).
 */
public final class Sudog {
    public final Goroutine g;
    public Object elem;
    public final HChan c;
    public final boolean isSelect;
    public boolean success;
    public Sudog next, prev;
    /** Next sudog of the same goroutine (select parks one per case, linked in lock order). */
    public Sudog waitlink;
    /** Select case index this sudog belongs to (−1 outside select). */
    public final int caseIndex;
    public final long addr;
    /** True when this sudog waits to send (it is in sendq), false in recvq. */
    public final boolean isSend;

    public Sudog(Goroutine g, Object elem, HChan c, boolean isSelect, int caseIndex, long addr, boolean isSend) {
        this.g = g;
        this.elem = elem;
        this.c = c;
        this.isSelect = isSelect;
        this.caseIndex = caseIndex;
        this.addr = addr;
        this.isSend = isSend;
    }
}
