package io.gopherscope.rt.chan;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Addressed;
import io.gopherscope.rt.HeapObject;
import io.gopherscope.rt.Throw;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Models {@code runtime.hchan} (Go 1.19–1.24): a channel's ring buffer and its queues of parked
 * senders and receivers. Field names are Go's.
 * <p>
 * Invariants (from {@code chan.go}): at least one of {@code sendq} and {@code recvq} is empty
 * (except a goroutine selecting on both ends of one unbuffered channel); for buffered channels
 * {@code qcount > 0} implies {@code recvq} is empty and {@code qcount < dataqsiz} implies
 * {@code sendq} is empty; {@code sendx == recvx} both when empty and when full.
 *
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/chan.go">runtime/chan.go</a>
 */
public final class HChan implements HeapObject, Addressed {

    @Override
    public long heapBytes() {
        return ChanOps.HCHAN_SIZE + dataqsiz * elemsize;
    }
    /** Number of elements in the buffer ({@code len(ch)}). */
    public long qcount;
    /** Buffer capacity ({@code cap(ch)}); 0 for unbuffered. */
    public final long dataqsiz;
    /** The ring buffer; slots hold values, received slots are cleared to the zero value. */
    public final Object[] buf;
    public final int elemsize;
    public boolean closed;
    public final Type elemtype;
    /** Ring index of the next buffered send. */
    public long sendx;
    /** Ring index of the next receive. */
    public long recvx;
    public final WaitQ recvq = new WaitQ();
    public final WaitQ sendq = new WaitQ();
    /** Address of the hchan header and of its buffer. */
    public final long addr;
    public final long bufAddr;
    public final Object zero;

    public HChan(Type elemtype, int elemsize, long dataqsiz, long addr, long bufAddr, Object zero) {
        this.elemtype = elemtype;
        this.elemsize = elemsize;
        this.dataqsiz = dataqsiz;
        this.buf = new Object[(int) dataqsiz];
        java.util.Arrays.fill(buf, zero);
        this.addr = addr;
        this.bufAddr = bufAddr;
        this.zero = zero;
    }

    @Override
    public long addr() {
        return addr;
    }

    @Override
    public String kind() {
        return "hchan";
    }

    @Override
    public void describe(Map<String, Object> out, ValueEncoder enc) {
        out.put("qcount", qcount);
        out.put("dataqsiz", dataqsiz);
        List<Object> b = new ArrayList<>();
        for (Object v : buf) b.add(enc.encode(v, elemtype));
        out.put("buf", b);
        out.put("elemsize", (long) elemsize);
        out.put("closed", closed ? 1L : 0L);
        out.put("elemtype", elemtype.toString());
        out.put("sendx", sendx);
        out.put("recvx", recvx);
        out.put("recvq", queue(recvq, enc));
        out.put("sendq", queue(sendq, enc));
    }

    private List<Object> queue(WaitQ q, ValueEncoder enc) {
        List<Object> out = new ArrayList<>();
        for (Sudog s : q.list()) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("addr", String.format("0x%x", s.addr));
            m.put("g", s.g.goid);
            m.put("elem", s.isSend ? enc.encode(s.elem, elemtype) : null);
            m.put("isSelect", s.isSelect);
            m.put("success", s.success);
            out.add(m);
        }
        return out;
    }

    /**
     * Checks the invariants in the class comment. A select sudog whose goroutine was already won
     * by another case ({@code selectDone}) stays queued until that goroutine runs pass 3, as in
     * Go; such stale sudogs are skipped here (dequeue discards them).
     */
    public void checkInvariants() {
        if (qcount < 0 || qcount > dataqsiz) throw new Throw("hchan qcount out of range: " + qcount);
        if (sendx < 0 || recvx < 0 || (dataqsiz > 0 && (sendx >= dataqsiz || recvx >= dataqsiz))
                || (dataqsiz == 0 && (sendx != 0 || recvx != 0))) {
            throw new Throw("hchan sendx/recvx out of range: " + sendx + "/" + recvx);
        }
        List<Sudog> liveRecv = live(recvq, "recvq");
        List<Sudog> liveSend = live(sendq, "sendq");
        if (dataqsiz > 0) {
            if (Math.floorMod(sendx - recvx - qcount, dataqsiz) != 0) throw new Throw("hchan sendx/recvx disagree with qcount");
            if (qcount > 0 && !liveRecv.isEmpty()) throw new Throw("hchan: buffered values and parked receivers");
            if (qcount < dataqsiz && !liveSend.isEmpty()) throw new Throw("hchan: room in buffer and parked senders");
            if (zero instanceof Long || zero instanceof Boolean || zero instanceof String || zero == null) {
                // the free slots sendx, sendx+1, ... were cleared when received from (or never written)
                for (long k = 0, y = sendx; k < dataqsiz - qcount; k++, y = (y + 1) % dataqsiz) {
                    if (!java.util.Objects.equals(buf[(int) y], zero)) throw new Throw("hchan: free slot " + y + " not cleared");
                }
            }
        }
        if (closed && !(liveSend.isEmpty() && liveRecv.isEmpty())) throw new Throw("hchan: closed with parked goroutines");
        if (!liveSend.isEmpty() && !liveRecv.isEmpty()) {
            // allowed only for one goroutine selecting on both ends of this channel
            for (Sudog x : liveSend) {
                for (Sudog y : liveRecv) {
                    if (x.g != y.g || !x.isSelect) throw new Throw("hchan: parked senders and parked receivers at once");
                }
            }
        }
    }

    /** The sudogs of q that can still be woken; each must belong to a waiting goroutine. */
    private static List<Sudog> live(WaitQ q, String name) {
        List<Sudog> out = new ArrayList<>();
        for (Sudog s : q.list()) {
            if (s.isSelect && s.g.selectDone) continue;
            if (s.g.status != io.gopherscope.rt.GStatus.WAITING) throw new Throw(name + " holds a goroutine that is not waiting");
            out.add(s);
        }
        return out;
    }
}
