package io.gopherscope.vm;

import io.gopherscope.rt.NativeFunc;

/** Frames that run a library function as a goroutine's body ({@code go fmt.Println("x")}). */
final class NativeThunk {
    private NativeThunk() {
    }

    static Frame frame(NativeFunc fn, Object[] args) {
        FuncCode code = new FuncCode("gopherscope.native");
        code.nslots = 0;
        code.code = new Instr[]{new Instr() {
            @Override
            public void exec(Machine m, Frame f) {
                fn.call(m, args);
                m.popFrame(f);
            }
        }};
        code.code[0].stmt = true;
        return new Frame(code, null, null);
    }
}
