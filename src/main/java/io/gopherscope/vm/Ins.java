package io.gopherscope.vm;

/** Control-flow and plain instructions. */
public final class Ins {
    private Ins() {
    }

    /** Evaluates an expression for its effect (assignments, builtins, increments). */
    public static final class Exec extends Instr {
        final Ev ev;

        public Exec(Ev ev) {
            this.ev = ev;
        }

        @Override
        public void exec(Machine m, Frame f) {
            ev.ev(f);
        }
    }

    /** Unconditional jump. */
    public static final class Jump extends Instr {
        public int target;

        @Override
        public void exec(Machine m, Frame f) {
            f.pc = target;
        }
    }

    /** Jumps when the condition equals {@code when}. */
    public static final class Branch extends Instr {
        final Ev cond;
        final boolean when;
        public int target;

        public Branch(Ev cond, boolean when) {
            this.cond = cond;
            this.when = when;
        }

        @Override
        public void exec(Machine m, Frame f) {
            if (((Boolean) cond.ev(f)) == when) f.pc = target;
        }
    }

    /** Does nothing; a step boundary for statements that emit no code of their own. */
    public static final class Nop extends Instr {
        @Override
        public void exec(Machine m, Frame f) {
        }
    }
}
