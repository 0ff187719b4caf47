package io.gopherscope.rt;

/** The goroutine statuses of {@code runtime/runtime2.go} that the simulator uses. */
public enum GStatus {
    /** {@code _Grunnable}: in a run queue. */
    RUNNABLE("runnable"),
    /** {@code _Grunning}: executing. */
    RUNNING("running"),
    /** {@code _Gwaiting}: parked by gopark; see the wait reason. */
    WAITING("waiting"),
    /** {@code _Gdead}: finished. */
    DEAD("dead");

    public final String word;

    GStatus(String word) {
        this.word = word;
    }
}
