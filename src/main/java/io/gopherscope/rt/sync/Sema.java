package io.gopherscope.rt.sync;

import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.Goroutine;

import java.util.ArrayDeque;

/**
 * Models {@code runtime/sema.go}: goroutines blocked in {@code semacquire} queue on the address
 * of the synchronisation object ({@code semtable}), and {@code semrelease} readies the first
 * one. A waiter that lost a race parks again at the front of the queue ({@code lifo}).
 */
final class Sema {
    private Sema() {
    }

    @SuppressWarnings("unchecked")
    static ArrayDeque<Goroutine> queue(Ctx ctx, Object key) {
        return (ArrayDeque<Goroutine>) ctx.semtable().computeIfAbsent(key, k -> new ArrayDeque<Goroutine>());
    }

    /** Parks the current goroutine on key's queue with the given wait reason. */
    static void acquire(Ctx ctx, Object key, String reason, boolean lifo, Runnable onResume) {
        ArrayDeque<Goroutine> q = queue(ctx, key);
        if (lifo) q.addFirst(ctx.curG());
        else q.addLast(ctx.curG());
        ctx.event("semacquire: park G" + ctx.curG().goid);
        ctx.park(reason, onResume);
    }

    /** Readies the first waiter on key, if any; returns whether one was woken. */
    static boolean release(Ctx ctx, Object key) {
        ArrayDeque<Goroutine> q = queue(ctx, key);
        Goroutine g = q.pollFirst();
        if (g == null) return false;
        ctx.event("semrelease: ready G" + g.goid);
        ctx.ready(g);
        return true;
    }

    static int waiters(Ctx ctx, Object key) {
        Object q = ctx.semtable().get(key);
        return q == null ? 0 : ((ArrayDeque<?>) q).size();
    }
}
