package io.gopherscope.engine;

/**
 * The engine's one door: compile a Go program and get a {@link Session} that runs it.
 * Plain Java, no Spring, no I/O.
 */
public final class Engine {
    private Engine() {
    }

    /** Compiles {@code cfg.source()}; compile errors give a session that is already done (exit 1). */
    public static Session open(RunConfig cfg) {
        return io.gopherscope.vm.Machine.open(cfg);
    }
}
