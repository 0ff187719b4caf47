package io.gopherscope.rt.chan;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.Goroutine;
import io.gopherscope.rt.Values;

import java.util.ArrayList;
import java.util.List;

/**
 * Models {@code runtime/chan.go} (Go 1.19–1.24): {@code makechan}, {@code chansend},
 * {@code chanrecv}, {@code closechan} and their helpers {@code send} and {@code recv}. Each
 * branch emits the event label a student sees in the trace.
 *
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/chan.go">runtime/chan.go</a>
 */
public final class ChanOps {
    private ChanOps() {
    }

    /** hchan header size on amd64 (96 bytes, size class 96). */
    public static final int HCHAN_SIZE = 96;
    public static final int SUDOG_SIZE = 96;
    /** Capacity of a P's sudog cache ({@code p.sudogbuf}). */
    static final int SUDOG_CACHE = 128;

    /**
     * {@code acquireSudog}: the address of a free sudog from the current P's cache, refilled with up
     * to 64 from the central cache, or a new one from the heap. Sudogs are recycled, so a program
     * that parks over and over shows the same few sudog addresses, as Go does.
     */
    public static long acquireSudog(Ctx ctx) {
        // only parking takes a sudog, and parking needs the scheduler's current P anyway
        io.gopherscope.rt.sched.Processor p = ctx.curP();
        java.util.ArrayDeque<Long> central = ctx.sched().sudogcache;
        if (p.sudogcache.isEmpty()) {
            while (p.sudogcache.size() < SUDOG_CACHE / 2 && !central.isEmpty()) p.sudogcache.addLast(central.pollFirst());
            if (p.sudogcache.isEmpty()) p.sudogcache.addLast(ctx.heap().alloc(SUDOG_SIZE));
        }
        return p.sudogcache.pollLast();
    }

    /** {@code releaseSudog}: back to the current P's cache; a full cache first moves half to the central one. */
    public static void releaseSudog(Ctx ctx, long addr) {
        io.gopherscope.rt.sched.Processor p = ctx.curP();
        if (p.sudogcache.size() == SUDOG_CACHE) {
            java.util.ArrayDeque<Long> moved = new java.util.ArrayDeque<>();
            while (p.sudogcache.size() > SUDOG_CACHE / 2) moved.addLast(p.sudogcache.pollLast());
            java.util.ArrayDeque<Long> central = ctx.sched().sudogcache;
            for (java.util.Iterator<Long> it = moved.descendingIterator(); it.hasNext(); ) central.addFirst(it.next());
        }
        p.sudogcache.addLast(addr);
    }

    /** {@code makechan}: panics {@code makechan: size out of range} for a negative or huge size. */
    public static HChan makechan(Ctx ctx, Type elemtype, long size) {
        int elemsize = Values.sizeof(elemtype);
        if (size < 0 || (elemsize > 0 && size > (1L << 40) / elemsize)) {
            throw GoPanic.plain("makechan: size out of range");
        }
        long mem = elemsize * size;
        long addr;
        long bufAddr;
        if (mem == 0) {
            // zero-size buffer: buf points at the hchan itself
            addr = ctx.heap().alloc(HCHAN_SIZE);
            bufAddr = addr;
        } else {
            // element types without pointers share one allocation; modelled the same for all
            addr = ctx.heap().alloc(HCHAN_SIZE + mem);
            bufAddr = addr + HCHAN_SIZE;
        }
        ctx.event("makechan");
        return new HChan(elemtype, elemsize, size, addr, bufAddr, Values.zero(elemtype));
    }

    /** Result of a channel operation. */
    public enum Result { DONE, PARKED, NOT_READY }

    /**
     * {@code chansend(c, v, block)}. DONE: the value went to a receiver or the buffer. PARKED:
     * the current goroutine waits in {@code sendq} (its sudog is {@code g.waiting}); when woken,
     * {@code sudog.success == false} means the channel was closed meanwhile. NOT_READY: a
     * non-blocking send that could not proceed.
     */
    public static Result chansend(Ctx ctx, HChan c, Object v, boolean block) {
        Goroutine g = ctx.curG();
        if (c == null) {
            if (!block) return Result.NOT_READY;
            ctx.event("chansend: nil channel, park forever");
            ctx.sched().gopark(ctx.curP(), g, "chan send (nil chan)");
            return Result.PARKED;
        }
        if (c.closed) {
            throw GoPanic.plain("send on closed channel");
        }
        Sudog sg = c.recvq.dequeue();
        if (sg != null) {
            if (ctx.tracing()) ctx.event("chansend: direct to waiting receiver G" + sg.g.goid);
            send(ctx, c, sg, v);
            return Result.DONE;
        }
        if (c.qcount < c.dataqsiz) {
            ctx.event("chansend: buffer");
            c.buf[(int) c.sendx] = v;
            c.sendx++;
            if (c.sendx == c.dataqsiz) c.sendx = 0;
            c.qcount++;
            return Result.DONE;
        }
        if (!block) return Result.NOT_READY;
        ctx.event("chansend: park on sendq");
        Sudog mine = new Sudog(g, v, c, false, -1, acquireSudog(ctx), true);
        g.waiting = mine;
        g.param = null;
        c.sendq.enqueue(mine);
        ctx.sched().gopark(ctx.curP(), g, "chan send");
        return Result.PARKED;
    }

    /** {@code send}: hand v straight to the parked receiver sg and ready it. */
    public static void send(Ctx ctx, HChan c, Sudog sg, Object v) {
        sg.elem = v;
        sg.success = true;
        sg.g.param = sg;
        goready(ctx, sg.g);
    }

    /**
     * {@code chanrecv(c, block)}. DONE: {@code out[0]} is the value and {@code out[1]} ok.
     * PARKED: the goroutine waits in {@code recvq}; when woken its sudog holds the value in
     * {@code elem} and ok in {@code success}.
     */
    public static Result chanrecv(Ctx ctx, HChan c, boolean block, Object[] out, Type elemtype) {
        Goroutine g = ctx.curG();
        if (c == null) {
            if (!block) return Result.NOT_READY;
            ctx.event("chanrecv: nil channel, park forever");
            ctx.sched().gopark(ctx.curP(), g, "chan receive (nil chan)");
            return Result.PARKED;
        }
        if (c.closed && c.qcount == 0) {
            ctx.event("chanrecv: closed and empty, zero value");
            out[0] = Values.zero(elemtype);
            out[1] = Boolean.FALSE;
            return Result.DONE;
        }
        Sudog sg = c.sendq.dequeue();
        if (sg != null) {
            recv(ctx, c, sg, out);
            return Result.DONE;
        }
        if (c.qcount > 0) {
            ctx.event("chanrecv: buffer");
            out[0] = c.buf[(int) c.recvx];
            out[1] = Boolean.TRUE;
            c.buf[(int) c.recvx] = c.zero;
            c.recvx++;
            if (c.recvx == c.dataqsiz) c.recvx = 0;
            c.qcount--;
            return Result.DONE;
        }
        if (!block) return Result.NOT_READY;
        ctx.event("chanrecv: park on recvq");
        Sudog mine = new Sudog(g, null, c, false, -1, acquireSudog(ctx), false);
        g.waiting = mine;
        g.param = null;
        c.recvq.enqueue(mine);
        ctx.sched().gopark(ctx.curP(), g, "chan receive");
        return Result.PARKED;
    }

    /**
     * {@code recv}: a sender sg is parked. Unbuffered: take its value directly. Buffered (the
     * buffer is full): take the head of the ring and put the sender's value in the freed slot,
     * which is now the tail.
     */
    public static void recv(Ctx ctx, HChan c, Sudog sg, Object[] out) {
        if (c.dataqsiz == 0) {
            if (ctx.tracing()) ctx.event("chanrecv: direct from waiting sender G" + sg.g.goid);
            out[0] = sg.elem;
        } else {
            if (ctx.tracing()) ctx.event("chanrecv: buffer head, waiting sender G" + sg.g.goid + " refills tail");
            out[0] = c.buf[(int) c.recvx];
            c.buf[(int) c.recvx] = sg.elem;
            c.recvx++;
            if (c.recvx == c.dataqsiz) c.recvx = 0;
            c.sendx = c.recvx;
        }
        out[1] = Boolean.TRUE;
        sg.elem = null;
        sg.success = true;
        sg.g.param = sg;
        goready(ctx, sg.g);
    }

    /**
     * {@code closechan}: wakes every receiver (zero value, ok=false) and every sender (who will
     * panic). Waiters are collected first and readied afterwards, last collected first, as Go's
     * gList does.
     */
    public static void closechan(Ctx ctx, HChan c) {
        if (c == null) throw GoPanic.plain("close of nil channel");
        if (c.closed) throw GoPanic.plain("close of closed channel");
        c.closed = true;
        ctx.event("closechan");
        List<Goroutine> glist = new ArrayList<>();
        for (Sudog sg; (sg = c.recvq.dequeue()) != null; ) {
            sg.elem = c.zero;
            sg.success = false;
            sg.g.param = sg;
            glist.add(sg.g);
        }
        for (Sudog sg; (sg = c.sendq.dequeue()) != null; ) {
            sg.elem = null;
            sg.success = false;
            sg.g.param = sg;
            glist.add(sg.g);
        }
        for (int i = glist.size() - 1; i >= 0; i--) {
            goready(ctx, glist.get(i));
        }
    }

    /**
     * A send made by a timer firing ({@code sendTime} in time.go): never blocks, drops the value
     * when the buffer is full, and wakes a waiting receiver directly.
     */
    public static void chansendFromTimer(Ctx ctx, HChan c, Object v) {
        if (c.closed) return;
        Sudog sg = c.recvq.dequeue();
        if (sg != null) {
            if (ctx.tracing()) ctx.event("timer: send directly to waiting receiver G" + sg.g.goid);
            send(ctx, c, sg, v);
            return;
        }
        if (c.qcount < c.dataqsiz) {
            ctx.event("timer: send into the buffer");
            c.buf[(int) c.sendx] = v;
            c.sendx++;
            if (c.sendx == c.dataqsiz) c.sendx = 0;
            c.qcount++;
        }
    }

    static void goready(Ctx ctx, Goroutine g) {
        if (ctx.tracing()) ctx.event("goready G" + g.goid);
        ctx.sched().goready(ctx.curP(), g);
    }

    public static long len(HChan c) {
        return c == null ? 0 : c.qcount;
    }

    public static long cap(HChan c) {
        return c == null ? 0 : c.dataqsiz;
    }
}
