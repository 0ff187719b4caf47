package io.gopherscope.rt.chan;

import java.util.ArrayList;
import java.util.List;

/**
 * Models {@code runtime.waitq}: a FIFO doubly linked list of sudogs (enqueue at {@code last},
 * dequeue from {@code first}).
 */
public final class WaitQ {
    public Sudog first, last;

    public void enqueue(Sudog sg) {
        sg.next = null;
        sg.prev = last;
        if (last == null) first = sg;
        else last.next = sg;
        last = sg;
    }

    /**
     * {@code dequeue}: the first sudog whose goroutine can still be woken. A select sudog whose
     * goroutine was already won by another channel ({@code selectDone}) is skipped.
     */
    public Sudog dequeue() {
        while (first != null) {
            Sudog sg = first;
            remove(sg);
            if (sg.isSelect) {
                if (sg.g.selectDone) continue;
                sg.g.selectDone = true;
            }
            return sg;
        }
        return null;
    }

    /** {@code dequeueSudoG}: unlink from anywhere in the list. */
    public void remove(Sudog sg) {
        if (sg.prev != null) sg.prev.next = sg.next;
        else if (first == sg) first = sg.next;
        else return;
        if (sg.next != null) sg.next.prev = sg.prev;
        else last = sg.prev;
        sg.next = sg.prev = null;
    }

    public boolean isEmpty() {
        return first == null;
    }

    public List<Sudog> list() {
        List<Sudog> out = new ArrayList<>();
        for (Sudog s = first; s != null; s = s.next) out.add(s);
        return out;
    }

    public int size() {
        int n = 0;
        for (Sudog s = first; s != null; s = s.next) n++;
        return n;
    }
}
