package io.gopherscope.rt;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.heap.Heap;

/**
 * What library code (natives in {@code rt.fmt}, maps, slices) may ask of the running machine.
 * Implemented by the VM; one instance per simulation. All strings are Go byte strings (Java
 * strings whose chars are bytes 0..255, see {@link Values}).
 */
public interface Ctx {
    Heap heap();

    FastRand rand();

    /** Go minor version being simulated: 19 for Go 1.19, 24 for Go 1.24. */
    int goMinor();

    void writeStdout(String bytes);

    void writeStderr(String bytes);

    /** Calls a Go function value (closure, method value or native) synchronously; result as {@link NativeFunc}. */
    Object call(Object fn, Object[] args);

    /** Whether the method set of {@code t} has a method {@code name} (with promotion through embedded fields). */
    boolean hasMethod(Type t, String name);

    /** Calls method {@code name} on the dynamic value of {@code recv}; the method must exist. */
    Object callMethod(Iface recv, String name, Object[] args);

    /** Records a runtime event for the trace (for example {@code "mapassign: grow"}). */
    void event(String label);

    /** Whether events are being recorded (callers skip building labels when nobody looks). */
    default boolean tracing() {
        return true;
    }

    /** The scheduler; only the VM implements the scheduling hooks below. */
    default io.gopherscope.rt.sched.Scheduler sched() {
        throw new UnsupportedOperationException("no scheduler");
    }

    /** The P running the current goroutine. */
    default io.gopherscope.rt.sched.Processor curP() {
        throw new UnsupportedOperationException("no scheduler");
    }

    /** The goroutine executing now ({@code getg()}). */
    default Goroutine curG() {
        throw new UnsupportedOperationException("no scheduler");
    }

    /** Parks the current goroutine with a wait reason; {@code onResume} runs when it is scheduled again. */
    default void park(String reason, Runnable onResume) {
        throw new UnsupportedOperationException("no scheduler");
    }

    /** {@code goready}: makes a parked goroutine runnable (in the current P's runnext). */
    default void ready(Goroutine g) {
        throw new UnsupportedOperationException("no scheduler");
    }

    /**
     * Makes the calling native continue as a call of Go function {@code fn}: the native returns
     * this method's result, and the VM calls {@code fn(args)} in its place, delivering fn's results.
     */
    default Object tailCall(Object fn, Object[] args) {
        throw new UnsupportedOperationException("no VM");
    }

    /** The runtime's semaphore table ({@code semtable}): waiter queues keyed by the object they wait on. */
    default java.util.Map<Object, Object> semtable() {
        throw new UnsupportedOperationException("no scheduler");
    }

    /**
     * Starts a goroutine running {@code fn(args)} outside any goroutine's code, as the runtime's
     * own functions do (a timer's {@code time.goFunc}); {@code createdBy} names the creator.
     */
    default void spawn(Object fn, Object[] args, String createdBy) {
        throw new UnsupportedOperationException("no scheduler");
    }

    /** Registers a package variable's cell, a root for the heap budget's count of live memory. */
    default void global(Cell c) {
    }

    /** Virtual time and timers. */
    default io.gopherscope.rt.time.Timers timers() {
        throw new UnsupportedOperationException("no timers");
    }
}
