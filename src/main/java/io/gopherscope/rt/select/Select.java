package io.gopherscope.rt.select;

import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.Goroutine;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.chan.ChanOps;
import io.gopherscope.rt.chan.HChan;
import io.gopherscope.rt.chan.Sudog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Models {@code selectgo} of {@code runtime/select.go} (Go 1.19–1.24): a random
 * {@code pollorder} over the non-nil cases, {@code lockorder} by channel address, pass 1 (take a
 * ready case), pass 2 (enqueue a sudog on every channel and park with reason {@code select}),
 * and pass 3 (after wake-up, dequeue the sudogs of the cases that did not fire).
 *
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/select.go">runtime/select.go</a>
 */
public final class Select {
    private Select() {
    }

    /** Returned when no case was ready and there is a default. */
    public static final int DEFAULT = -1;
    /** Returned when the goroutine parked; {@link #afterWake} completes the select later. */
    public static final int PARKED = -2;

    /** The sudogs a parked select left on its channels, in lock order. */
    public record Parked(Sudog[] sudogs, SCase[] cases) {}

    public static int selectgo(Ctx ctx, SCase[] cases, boolean block) {
        Goroutine g = ctx.curG();
        // pollorder: inside-out Fisher-Yates over the cases with a channel
        int[] pollorder = new int[cases.length];
        int norder = 0;
        for (int i = 0; i < cases.length; i++) {
            if (cases[i].c == null) continue;
            int j = ctx.rand().nextN(norder + 1);
            pollorder[norder] = pollorder[j];
            pollorder[j] = i;
            norder++;
        }
        pollorder = Arrays.copyOf(pollorder, norder);
        int[] lockorder = lockorder(cases, pollorder);

        ctx.event("selectgo: pass 1");
        for (int i : pollorder) {
            SCase cs = cases[i];
            HChan c = cs.c;
            if (cs.send) {
                if (c.closed) throw GoPanic.plain("send on closed channel");
                Sudog sg = c.recvq.dequeue();
                if (sg != null) {
                    if (ctx.tracing()) ctx.event("selectgo: case " + i + " sends directly to waiting receiver G" + sg.g.goid);
                    ChanOps.send(ctx, c, sg, cs.elem);
                    return i;
                }
                if (c.qcount < c.dataqsiz) {
                    if (ctx.tracing()) ctx.event("selectgo: case " + i + " sends into the buffer");
                    c.buf[(int) c.sendx] = cs.elem;
                    c.sendx++;
                    if (c.sendx == c.dataqsiz) c.sendx = 0;
                    c.qcount++;
                    return i;
                }
            } else {
                Sudog sg = c.sendq.dequeue();
                if (sg != null) {
                    ChanOps.recv(ctx, c, sg, cs.out);
                    return i;
                }
                if (c.qcount > 0) {
                    if (ctx.tracing()) ctx.event("selectgo: case " + i + " receives from the buffer");
                    cs.out[0] = c.buf[(int) c.recvx];
                    cs.out[1] = Boolean.TRUE;
                    c.buf[(int) c.recvx] = c.zero;
                    c.recvx++;
                    if (c.recvx == c.dataqsiz) c.recvx = 0;
                    c.qcount--;
                    return i;
                }
                if (c.closed) {
                    if (ctx.tracing()) ctx.event("selectgo: case " + i + " receives from closed channel");
                    cs.out[0] = Values.zero(cs.elemtype);
                    cs.out[1] = Boolean.FALSE;
                    return i;
                }
            }
        }
        if (!block) {
            ctx.event("selectgo: default");
            return DEFAULT;
        }
        ctx.event("selectgo: pass 2, park on every channel");
        List<Sudog> sgs = new ArrayList<>();
        g.selectDone = false;
        for (int i : lockorder) {
            SCase cs = cases[i];
            Sudog sg = new Sudog(g, cs.send ? cs.elem : null, cs.c, true, i, ChanOps.acquireSudog(ctx), cs.send);
            if (!sgs.isEmpty()) sgs.get(sgs.size() - 1).waitlink = sg;
            sgs.add(sg);
            if (cs.send) cs.c.sendq.enqueue(sg);
            else cs.c.recvq.enqueue(sg);
        }
        g.param = null;
        g.waiting = new Parked(sgs.toArray(new Sudog[0]), cases);
        ctx.sched().gopark(ctx.curP(), g, "select");
        return PARKED;
    }

    /**
     * {@code lockorder}: the cases sorted by channel address with {@code selectgo}'s own heap sort,
     * built from {@code pollorder}. The heap sort is not stable, and that matters when one
     * channel appears in several cases: their order here is the order their sudogs are queued in
     * pass 2, so it decides which of them a later sender or receiver completes.
     */
    static int[] lockorder(SCase[] cases, int[] pollorder) {
        int n = pollorder.length;
        int[] lockorder = new int[n];
        for (int i = 0; i < n; i++) {
            int j = i;
            // start with the pollorder to permute cases on the same channel
            long c = cases[pollorder[i]].c.addr;
            while (j > 0 && cases[lockorder[(j - 1) / 2]].c.addr < c) {
                int k = (j - 1) / 2;
                lockorder[j] = lockorder[k];
                j = k;
            }
            lockorder[j] = pollorder[i];
        }
        for (int i = n - 1; i >= 0; i--) {
            int o = lockorder[i];
            long c = cases[o].c.addr;
            lockorder[i] = lockorder[0];
            int j = 0;
            while (true) {
                int k = j * 2 + 1;
                if (k >= i) break;
                if (k + 1 < i && cases[lockorder[k]].c.addr < cases[lockorder[k + 1]].c.addr) k++;
                if (c < cases[lockorder[k]].c.addr) {
                    lockorder[j] = lockorder[k];
                    j = k;
                    continue;
                }
                break;
            }
            lockorder[j] = o;
        }
        return lockorder;
    }

    /**
     * Pass 3: the goroutine was woken by one case ({@code g.param}); remove the other sudogs from
     * their queues and return the winning case index (its receive results in {@code out}).
     */
    public static int afterWake(Ctx ctx, Goroutine g, Parked p) {
        Sudog winner = (Sudog) g.param;
        for (Sudog sg : p.sudogs()) { // in lockorder, as pass 3 walks them
            if (sg != winner) {
                if (sg.isSend) sg.c.sendq.remove(sg);
                else sg.c.recvq.remove(sg);
            }
            ChanOps.releaseSudog(ctx, sg.addr);
        }
        g.selectDone = false;
        g.waiting = null;
        SCase cs = p.cases()[winner.caseIndex];
        if (cs.send) {
            if (!winner.success) throw GoPanic.plain("send on closed channel");
        } else {
            cs.out[0] = Values.copy(winner.elem);
            cs.out[1] = winner.success;
        }
        if (ctx.tracing()) ctx.event("selectgo: pass 3, case " + winner.caseIndex + " fired");
        return winner.caseIndex;
    }
}
