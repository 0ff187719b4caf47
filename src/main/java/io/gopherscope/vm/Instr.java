package io.gopherscope.vm;

/**
 * One VM instruction. The machine has already advanced {@code f.pc} past this instruction when
 * {@link #exec} runs, so jumps simply overwrite {@code f.pc}. Instructions that start a source
 * statement are step boundaries (snapshots are taken there).
 */
public abstract class Instr {
    public int line;
    public int col;
    /** True for the first instruction of a statement: a step begins here. */
    public boolean stmt;
    /** Event label for the trace when this instruction is a step ("statement" by default). */
    public String label;

    public abstract void exec(Machine m, Frame f);

    public String describe() {
        return getClass().getSimpleName();
    }
}
