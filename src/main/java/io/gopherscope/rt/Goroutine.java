package io.gopherscope.rt;

/**
 * Models {@code runtime.g}: a goroutine as data. Its stack is the VM's frame chain
 * ({@link #stack}, innermost frame), so parking a goroutine is just leaving it where it stands.
 * Field names follow {@code runtime/runtime2.go}.
 */
public final class Goroutine {
    public final long goid;
    public GStatus status = GStatus.RUNNABLE;
    /** Set while {@link GStatus#WAITING}: Go's wait-reason string ({@code chan receive}, ...). */
    public String waitreason = "";
    /** Innermost VM frame ({@code io.gopherscope.vm.Frame}); null once dead. */
    public Object stack;
    /** Set by the waker: the sudog that completed ({@code g.param}). */
    public Object param;
    /** Sudogs this goroutine is parked on ({@code g.waiting}), for select. */
    public Object waiting;
    /** Select wake-up race guard ({@code g.selectDone}). */
    public boolean selectDone;
    /** What to do when woken: deliver results into the parked frame. */
    public Runnable onResume;
    /** Goroutine that created this one (0 for main), and the creating function's name for tracebacks. */
    public final long parentGoid;
    public final String createdBy;
    /** Function the goroutine started with, for tracebacks and deadlock dumps. */
    public final String startFunc;
    /** Panic in progress (a VM panic record), or null. */
    public Object panicking;
    /** Steps left in the current time slice (preemption). */
    public long sliceLeft;
    /** Order in which G structs were allocated (deadlock dumps list goroutines in this order). */
    public final long allocOrder;

    public Goroutine(long goid, long parentGoid, String createdBy, String startFunc, long allocOrder) {
        this.goid = goid;
        this.parentGoid = parentGoid;
        this.createdBy = createdBy;
        this.startFunc = startFunc;
        this.allocOrder = allocOrder;
    }

    @Override
    public String toString() {
        return "G" + goid + "[" + status + (status == GStatus.WAITING ? " " + waitreason : "") + "]";
    }
}
