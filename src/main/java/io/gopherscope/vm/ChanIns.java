package io.gopherscope.vm;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.chan.ChanOps;
import io.gopherscope.rt.chan.HChan;
import io.gopherscope.rt.chan.Sudog;

/** Channel send and receive statements; both may park the goroutine. */
public final class ChanIns {
    private ChanIns() {
    }

    /** {@code ch <- v}. */
    public static final class Send extends Instr {
        final Ev ch;
        final Ev val;

        public Send(Ev ch, Ev val) {
            this.ch = ch;
            this.val = val;
        }

        @Override
        public void exec(Machine m, Frame f) {
            HChan c = (HChan) ch.ev(f);
            Object v = Values.copy(val.ev(f));
            if (ChanOps.chansend(m, c, v, true) == ChanOps.Result.PARKED) {
                Sudog sg = c == null ? null : (Sudog) m.curG.waiting;
                m.parked(() -> {
                    if (sg != null) ChanOps.releaseSudog(m, sg.addr);
                    if (sg != null && !sg.success) throw GoPanic.plain("send on closed channel");
                });
            }
        }
    }

    /** {@code v, ok := <-ch} with results in slots {@code dst} and {@code okDst} (−1 when unused). */
    public static final class Recv extends Instr {
        final Ev ch;
        final int dst;
        final int okDst;
        final Type elem;

        public Recv(Ev ch, int dst, int okDst, Type elem) {
            this.ch = ch;
            this.dst = dst;
            this.okDst = okDst;
            this.elem = elem;
        }

        @Override
        public void exec(Machine m, Frame f) {
            HChan c = (HChan) ch.ev(f);
            Object[] out = new Object[2];
            if (ChanOps.chanrecv(m, c, true, out, elem) == ChanOps.Result.DONE) {
                if (dst >= 0) f.s[dst] = out[0];
                if (okDst >= 0) f.s[okDst] = out[1];
                return;
            }
            Sudog sg = c == null ? null : (Sudog) m.curG.waiting;
            m.parked(() -> {
                if (dst >= 0) f.s[dst] = Values.copy(sg.elem);
                if (okDst >= 0) f.s[okDst] = sg.success;
                ChanOps.releaseSudog(m, sg.addr);
            });
        }
    }
}
