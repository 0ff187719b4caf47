package io.gopherscope.vm;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.Goroutine;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.chan.ChanOps;
import io.gopherscope.rt.chan.HChan;
import io.gopherscope.rt.chan.Sudog;
import io.gopherscope.rt.select.SCase;
import io.gopherscope.rt.select.Select;

/**
 * A select statement, lowered as gc lowers it: no cases parks forever ({@code select (no cases)}),
 * one case without default is a plain channel operation, one case with default a non-blocking
 * one, anything else {@code selectgo}. Jumps to the chosen case's body.
 */
public final class SelectIns extends Instr {

    /** One case: a send ({@code val} set) or a receive into {@code dst}/{@code okDst} (−1 when unused). */
    public static final class Case {
        public final boolean send;
        public final Ev ch;
        public final Ev val;
        public final int dst;
        public final int okDst;
        public final Type elem;
        public int target;

        public Case(boolean send, Ev ch, Ev val, int dst, int okDst, Type elem) {
            this.send = send;
            this.ch = ch;
            this.val = val;
            this.dst = dst;
            this.okDst = okDst;
            this.elem = elem;
        }
    }

    final Case[] cases;
    public int defaultTarget = -1;
    final boolean hasDefault;

    public SelectIns(Case[] cases, boolean hasDefault) {
        this.cases = cases;
        this.hasDefault = hasDefault;
    }

    @Override
    public void exec(Machine m, Frame f) {
        if (cases.length == 0 && !hasDefault) {
            m.park("select (no cases)", null);
            return;
        }
        SCase[] sc = new SCase[cases.length];
        for (int i = 0; i < cases.length; i++) {
            Case cs = cases[i];
            HChan c = (HChan) cs.ch.ev(f);
            Object v = cs.send ? Values.copy(cs.val.ev(f)) : null;
            sc[i] = new SCase(c, cs.send, v, cs.elem);
        }
        if (cases.length == 1) {
            single(m, f, sc[0]);
            return;
        }
        int r = Select.selectgo(m, sc, !hasDefault);
        if (r == Select.DEFAULT) {
            f.pc = defaultTarget;
        } else if (r >= 0) {
            deliver(f, r, sc[r]);
        } else {
            Goroutine g = m.curG;
            Select.Parked p = (Select.Parked) g.waiting;
            m.parked(() -> {
                int i = Select.afterWake(m, g, p);
                deliver(f, i, sc[i]);
            });
        }
    }

    private void deliver(Frame f, int i, SCase sc) {
        Case cs = cases[i];
        if (!cs.send) {
            if (cs.dst >= 0) f.s[cs.dst] = sc.out[0];
            if (cs.okDst >= 0) f.s[cs.okDst] = sc.out[1];
        }
        f.pc = cs.target;
    }

    private void single(Machine m, Frame f, SCase sc) {
        Case cs = cases[0];
        boolean block = !hasDefault;
        if (cs.send) {
            ChanOps.Result r = ChanOps.chansend(m, sc.c, sc.elem, block);
            if (r == ChanOps.Result.NOT_READY) {
                f.pc = defaultTarget;
            } else if (r == ChanOps.Result.DONE) {
                f.pc = cs.target;
            } else {
                Sudog sg = sc.c == null ? null : (Sudog) m.curG.waiting;
                m.parked(() -> {
                    if (sg != null) ChanOps.releaseSudog(m, sg.addr);
                    if (sg != null && !sg.success) throw GoPanic.plain("send on closed channel");
                    f.pc = cs.target;
                });
            }
            return;
        }
        ChanOps.Result r = ChanOps.chanrecv(m, sc.c, block, sc.out, cs.elem);
        if (r == ChanOps.Result.NOT_READY) {
            f.pc = defaultTarget;
        } else if (r == ChanOps.Result.DONE) {
            deliver(f, 0, sc);
        } else {
            Sudog sg = sc.c == null ? null : (Sudog) m.curG.waiting;
            m.parked(() -> {
                sc.out[0] = Values.copy(sg.elem);
                sc.out[1] = sg.success;
                ChanOps.releaseSudog(m, sg.addr);
                deliver(f, 0, sc);
            });
        }
    }
}
