package io.gopherscope.compile;

import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.types.Type;
import io.gopherscope.vm.FuncCode;
import io.gopherscope.vm.Ins;
import io.gopherscope.vm.Instr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of compiling one function body: its instruction list, slot allocation, captured
 * variables (for function literals), and the break/continue targets of enclosing statements.
 */
final class FnCtx {
    final FuncCode code;
    final FnCtx parent;
    final Type.Signature sig;
    final List<Instr> instrs = new ArrayList<>();
    int nslots;
    /** Outer variables this function literal captures, in capture-slot order. */
    final Map<Sym.Var, Integer> captures = new LinkedHashMap<>();
    final List<Sym.Var> params = new ArrayList<>();
    final List<Sym.Var> results = new ArrayList<>();
    boolean namedResults;
    /** Source position of the statement whose first instruction comes next. */
    Pos pendingStmt;
    final Deque<Target> targets = new ArrayDeque<>();
    int funcLitCount;
    /** Label of the statement being compiled next (set by a labeled statement). */
    String pendingLabel;
    /** Where each label's statement starts, once compiled (targets of backward gotos). */
    final java.util.Map<String, Integer> labelPcs = new java.util.HashMap<>();
    /** Forward gotos waiting for their label's statement. */
    final java.util.Map<String, List<Ins.Jump>> pendingGotos = new java.util.HashMap<>();

    /** Jump targets of a for/switch/select: break and (for loops) continue. */
    static final class Target {
        final String label;
        final boolean isLoop;
        final List<Ins.Jump> breaks = new ArrayList<>();
        final List<Ins.Jump> continues = new ArrayList<>();

        Target(String label, boolean isLoop) {
            this.label = label;
            this.isLoop = isLoop;
        }
    }

    FnCtx(FuncCode code, FnCtx parent, Type.Signature sig) {
        this.code = code;
        this.parent = parent;
        this.sig = sig;
    }

    int newSlot() {
        return nslots++;
    }

    int pc() {
        return instrs.size();
    }

    <T extends Instr> T emit(T in, Pos pos) {
        if (pendingStmt != null) {
            in.stmt = true;
            in.line = pendingStmt.line();
            in.col = pendingStmt.col();
            if (in.label == null) in.label = "statement";
            pendingStmt = null;
        } else if (pos != null) {
            in.line = pos.line();
            in.col = pos.col();
        }
        if (in.line == 0 && !instrs.isEmpty()) {
            in.line = instrs.get(instrs.size() - 1).line;
        }
        instrs.add(in);
        return in;
    }

    /** Marks the next emitted instruction as the start of a statement at {@code pos}. */
    void stmt(Pos pos) {
        if (pendingStmt != null) {
            // the previous statement emitted nothing: keep a step for it anyway
            emit(new Ins.Nop(), null);
        }
        pendingStmt = pos;
    }

    /** Index of a captured variable, registering the capture (and in every enclosing literal). */
    int capture(Sym.Var v) {
        Integer i = captures.get(v);
        if (i != null) return i;
        if (parent != null && v.owner != parent) parent.capture(v);
        int idx = captures.size();
        captures.put(v, idx);
        return idx;
    }
}
