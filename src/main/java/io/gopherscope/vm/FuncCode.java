package io.gopherscope.vm;

import io.gopherscope.lang.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled Go function: its instructions, frame layout and the names snapshots need.
 * Parameters occupy slots {@code 0..nparams-1}, results the next {@code nresults} slots (named or
 * not), so {@code return} with a deferred call that changes named results works as in Go.
 */
public final class FuncCode {
    /** Name as tracebacks print it: {@code main.main}, {@code main.worker}, {@code main.main.func1}, {@code main.(*T).M}. */
    public final String name;
    public Instr[] code;
    public int nslots;
    public int nparams;
    public int nresults;
    public Type.Signature sig;
    /** Source line of the func keyword, for frames that have not started. */
    public int line;
    /** Locals shown in snapshots: name, slot, type, and the pc range in which they are in scope. */
    public final List<LocalVar> locals = new ArrayList<>();
    /** Which parameters/results are boxed (heap cells) because they escape. */
    public boolean[] boxedParams = new boolean[0];

    public FuncCode(String name) {
        this.name = name;
    }

    /** A named local variable: visible in snapshots while {@code fromPc <= pc < toPc}. */
    public record LocalVar(String name, int slot, Type type, boolean boxed, int fromPc, int toPc) {}

    @Override
    public String toString() {
        return name;
    }
}
