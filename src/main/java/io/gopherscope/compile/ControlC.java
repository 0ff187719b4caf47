package io.gopherscope.compile;

import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.ast.Stmt;
import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.token.TokenKind;
import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.lang.types.Types;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.maps.GoMap;
import io.gopherscope.rt.slices.Slice;
import io.gopherscope.rt.slices.StringConv;
import io.gopherscope.vm.ChanIns;
import io.gopherscope.vm.Ev;
import io.gopherscope.vm.Ins;
import io.gopherscope.vm.SelectIns;

import java.util.ArrayList;
import java.util.List;

/** Control flow: if, for, range, switch, type switch, select, break/continue/goto, labels. *
 * <p>Size: over 600 lines (one method per control statement plus terminating-statement
 * analysis); the planned split is LoopC (for, range) / SwitchC (switch, type switch, select).
 */
final class ControlC {
    private final Compiler c;
    private final StmtC st;

    ControlC(Compiler c, StmtC st) {
        this.c = c;
        this.st = st;
    }

    private Scope open() {
        Scope saved = c.scope;
        c.scope = new Scope(saved, c.fn);
        return saved;
    }

    private void close(Scope saved) {
        st.checkUnused(c.scope);
        c.scope = saved;
    }

    private Ev cond(Expr e, String what) {
        Operand x = c.ex.value(e);
        if (!(x.type.underlying() instanceof Basic b) || !b.isBoolean()) {
            throw c.fail(e.pos(), "non-boolean condition in " + what + " statement");
        }
        return x.ev;
    }

    private void simple(Stmt s) {
        if (s != null) st.stmt(s);
    }

    // ------------------------------------------------------------------ if

    void ifStmt(Stmt.If s) {
        Scope saved = open();
        try {
            simple(s.init());
            c.fn.stmt(s.cond() != null ? s.cond().pos() : s.pos());
            Ev cond;
            try {
                cond = cond(s.cond(), "if");
            } catch (CompileError e) {
                cond = f -> Boolean.TRUE;
            }
            Ins.Branch toElse = c.fn.emit(new Ins.Branch(cond, false), s.pos());
            toElse.label = "if";
            st.block(s.then());
            if (s.els() == null) {
                toElse.target = c.fn.pc();
            } else {
                Ins.Jump toEnd = c.fn.emit(new Ins.Jump(), null);
                toElse.target = c.fn.pc();
                st.stmt(s.els());
                if (c.fn.pendingStmt != null) c.fn.emit(new Ins.Nop(), null);
                toEnd.target = c.fn.pc();
            }
        } finally {
            close(saved);
        }
    }

    // ------------------------------------------------------------------ for

    void forStmt(Stmt.For s) {
        String label = takeLabel();
        Scope saved = open();
        try {
            simple(s.init());
            List<Sym.Var> loopVars = new ArrayList<>();
            for (Sym sym : c.scope.names.values()) if (sym instanceof Sym.Var v) loopVars.add(v);
            if (c.fn.pendingStmt != null) c.fn.emit(new Ins.Nop(), null);
            int top = c.fn.pc();
            Ins.Branch exit = null;
            if (s.cond() != null) {
                c.fn.stmt(s.cond().pos());
                Ev cond;
                try {
                    cond = cond(s.cond(), "for");
                } catch (CompileError e) {
                    cond = f -> Boolean.FALSE;
                }
                exit = c.fn.emit(new Ins.Branch(cond, false), s.cond().pos());
                exit.label = "for";
            }
            FnCtx.Target t = new FnCtx.Target(label, true);
            c.fn.targets.push(t);
            try {
                st.block(s.body());
            } finally {
                c.fn.targets.pop();
            }
            if (c.fn.pendingStmt != null) c.fn.emit(new Ins.Nop(), null);
            int cont = c.fn.pc();
            if (c.since(22) && !loopVars.isEmpty()) {
                // Go 1.22: each iteration has its own copy of the loop variables
                Sym.Var[] vs = loopVars.toArray(new Sym.Var[0]);
                c.fn.emit(new Ins.Exec(f -> {
                    for (Sym.Var v : vs) {
                        if (v.boxed) f.s[v.slot] = new Cell(((Cell) f.s[v.slot]).v);
                    }
                    return null;
                }), s.pos());
            }
            simple(s.post());
            if (c.fn.pendingStmt != null) c.fn.emit(new Ins.Nop(), null);
            boolean noStep = s.cond() == null && s.post() == null && s.body().stmts().isEmpty();
            if (noStep) {
                // `for {}` executes no statement: its back edge is the step, so budgets still apply
                c.fn.stmt(s.pos());
            }
            Ins.Jump back = c.fn.emit(new Ins.Jump(), s.pos());
            if (noStep) back.label = "for";
            back.target = top;
            int end = c.fn.pc();
            if (exit != null) exit.target = end;
            for (Ins.Jump j : t.breaks) j.target = end;
            for (Ins.Jump j : t.continues) j.target = cont;
        } finally {
            close(saved);
        }
    }

    private String takeLabel() {
        String l = c.fn.pendingLabel;
        c.fn.pendingLabel = null;
        return l;
    }

    // ------------------------------------------------------------------ range

    void rangeStmt(Stmt.Range s) {
        String label = takeLabel();
        Scope saved = open();
        try {
            c.fn.stmt(s.pos());
            Operand x = c.ex.value(s.x());
            Type xt = x.type.underlying();
            if (xt instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array) xt = p.elem().underlying();
            Type kt, vt;
            switch (xt) {
                case Basic b when b.isString() -> {
                    kt = Basic.INT;
                    vt = Basic.INT32;
                }
                case Basic b when b.isInteger() -> {
                    if (!c.since(22)) throw c.fail(s.x().pos(), "cannot range over " + c.ex.describe(x));
                    kt = x.type == Basic.UNTYPED_INT || x.type == Basic.UNTYPED_RUNE ? Basic.INT : x.type;
                    vt = null;
                    if (s.value() != null) throw c.fail(s.value().pos(), "range over " + c.ex.describe(x) + " permits only one iteration variable");
                }
                case Type.Slice sl -> {
                    kt = Basic.INT;
                    vt = sl.elem();
                }
                case Type.Array a -> {
                    kt = Basic.INT;
                    vt = a.elem();
                }
                case Type.Map m -> {
                    kt = m.key();
                    vt = m.elem();
                }
                case Type.Chan ch -> {
                    if (ch.dir() == Type.Dir.SEND) throw c.fail(s.x().pos(), "cannot range over " + c.ex.describe(x) + " (receive from send-only channel)");
                    kt = ch.elem();
                    vt = null;
                    if (s.value() != null) throw c.fail(s.value().pos(), "range over " + c.ex.describe(x) + " permits only one iteration variable");
                }
                default -> throw c.fail(s.x().pos(), "cannot range over " + c.ex.describe(x));
            }
            // the range expression is evaluated once
            int xs = c.fn.newSlot();
            Ev xe = x.ev;
            Type xType = x.type;
            boolean ptrArr = x.type.underlying() instanceof Type.Pointer;
            c.fn.emit(new Ins.Exec(f -> {
                Object v = xe.ev(f);
                if (ptrArr) {
                    if (v == null) throw io.gopherscope.rt.GoPanic.nilDeref();
                    v = ((io.gopherscope.rt.Pointer) v).load();
                }
                f.s[xs] = v instanceof GoArray ga && !ptrArr ? Values.copy(ga) : v;
                return null;
            }), s.pos());
            // iteration variables
            boolean define = s.tok() == TokenKind.DEFINE;
            Sym.Var kv = null, vv = null;
            Operand kl = null, vl = null;
            boolean perIter = c.since(22);
            if (define) {
                if (s.key() != null && !(s.key() instanceof Expr.Ident)) throw c.fail(s.key().pos(), "non-name " + ExprStr.of(s.key()) + " on left side of :=");
                if (s.value() != null && !(s.value() instanceof Expr.Ident)) throw c.fail(s.value().pos(), "non-name " + ExprStr.of(s.value()) + " on left side of :=");
                if (s.key() instanceof Expr.Ident id && !id.name().equals("_")) kv = new Sym.Var(id.name(), id.pos(), kt, c.fn.newSlot(), c.fn, null);
                if (s.value() instanceof Expr.Ident id && !id.name().equals("_")) vv = new Sym.Var(id.name(), id.pos(), vt, c.fn.newSlot(), c.fn, null);
            } else if (s.tok() == TokenKind.ASSIGN) {
                if (s.key() != null) kl = st.lhs(s.key());
                if (s.value() != null) vl = st.lhs(s.value());
            }
            int idx = c.fn.newSlot();
            int kTmp = c.fn.newSlot();
            int vTmp = c.fn.newSlot();
            Ctx ctx = c.m;
            // init
            Type fxt = xt;
            int ks = kv == null ? -1 : kv.slot, vsl = vv == null ? -1 : vv.slot;
            int initPc = c.fn.pc();
            c.fn.emit(new Ins.Exec(f -> {
                // one variable per loop execution (before Go 1.22): start without cells
                if (ks >= 0) f.s[ks] = null;
                if (vsl >= 0) f.s[vsl] = null;
                f.s[idx] = fxt instanceof Type.Map ? (f.s[xs] == null ? null : ((GoMap) f.s[xs]).iterate(ctx)) : 0L;
                return null;
            }), s.pos());
            int top = c.fn.pc();
            c.fn.stmt(s.pos());
            Ins.Branch exit;
            // next: compute key/value into temps; branch out when done
            switch (xt) {
                case Basic b when b.isString() -> {
                    exit = c.fn.emit(new Ins.Branch(f -> {
                        String str = (String) f.s[xs];
                        long i = (Long) f.s[idx];
                        if (i >= str.length()) return Boolean.TRUE;
                        long packed = StringConv.decodeRune(str, (int) i);
                        f.s[kTmp] = i;
                        f.s[vTmp] = (long) (int) packed;
                        f.s[idx] = i + (packed >>> 32);
                        return Boolean.FALSE;
                    }, true), s.pos());
                }
                case Basic b -> {
                    exit = c.fn.emit(new Ins.Branch(f -> {
                        long i = (Long) f.s[idx];
                        if (i >= (Long) f.s[xs]) return Boolean.TRUE;
                        f.s[kTmp] = i;
                        f.s[idx] = i + 1;
                        return Boolean.FALSE;
                    }, true), s.pos());
                }
                case Type.Slice sl -> {
                    boolean needV = s.value() != null;
                    exit = c.fn.emit(new Ins.Branch(f -> {
                        Slice sv = (Slice) f.s[xs];
                        long i = (Long) f.s[idx];
                        if (sv == null || i >= sv.len) return Boolean.TRUE;
                        f.s[kTmp] = i;
                        if (needV) f.s[vTmp] = Values.copy(sv.get((int) i));
                        f.s[idx] = i + 1;
                        return Boolean.FALSE;
                    }, true), s.pos());
                }
                case Type.Array a -> {
                    boolean needV = s.value() != null;
                    long n = a.len();
                    exit = c.fn.emit(new Ins.Branch(f -> {
                        long i = (Long) f.s[idx];
                        if (i >= n) return Boolean.TRUE;
                        f.s[kTmp] = i;
                        if (needV) f.s[vTmp] = Values.copy(((GoArray) f.s[xs]).elems[(int) i]);
                        f.s[idx] = i + 1;
                        return Boolean.FALSE;
                    }, true), s.pos());
                }
                case Type.Map m -> {
                    exit = c.fn.emit(new Ins.Branch(f -> {
                        GoMap.MapIter it = (GoMap.MapIter) f.s[idx];
                        if (it == null || !it.next(ctx)) return Boolean.TRUE;
                        f.s[kTmp] = Values.copy(it.key());
                        f.s[vTmp] = Values.copy(it.value());
                        return Boolean.FALSE;
                    }, true), s.pos());
                }
                case Type.Chan ch -> {
                    ChanIns.Recv recv = new ChanIns.Recv(f -> f.s[xs], kTmp, vTmp, ch.elem());
                    recv.label = "chanrecv";
                    c.fn.emit(recv, s.pos());
                    exit = c.fn.emit(new Ins.Branch(f -> f.s[vTmp], false), s.pos());
                }
                default -> throw c.fail(s.pos(), "cannot range");
            }
            exit.label = "range";
            // assign the iteration variables
            List<Ev> stores = new ArrayList<>();
            if (define) {
                if (kv != null) stores.add(perIter ? st.declStore(kv, f -> f.s[kTmp]) : sharedStore(kv, f -> f.s[kTmp]));
                if (vv != null) stores.add(perIter ? st.declStore(vv, f -> f.s[vTmp]) : sharedStore(vv, f -> f.s[vTmp]));
                if (kv != null) c.scope.declare(kv);
                if (vv != null) c.scope.declare(vv);
            } else {
                if (kl != null) stores.add(kl.lv.store(c.ex.assign(tmpOperand(s.key(), kt, kTmp), kl.type, "range")));
                if (vl != null) stores.add(vl.lv.store(c.ex.assign(tmpOperand(s.value(), vt, vTmp), vl.type, "range")));
            }
            if (!stores.isEmpty()) {
                Ev[] sts = stores.toArray(new Ev[0]);
                c.fn.emit(new Ins.Exec(f -> {
                    for (Ev e : sts) e.ev(f);
                    return null;
                }), s.pos());
            }
            FnCtx.Target t = new FnCtx.Target(label, true);
            c.fn.targets.push(t);
            try {
                st.block(s.body());
            } finally {
                c.fn.targets.pop();
            }
            if (c.fn.pendingStmt != null) c.fn.emit(new Ins.Nop(), null);
            Ins.Jump back = c.fn.emit(new Ins.Jump(), null);
            back.target = top;
            int end = c.fn.pc();
            exit.target = end;
            for (Ins.Jump j : t.breaks) j.target = end;
            for (Ins.Jump j : t.continues) j.target = top;
            if (fxt instanceof Type.Map) {
                // the map iterator as a frame local for snapshots ("hiter(m)": not a Go name, so it
                // never hides a variable), live from the init to the loop's exit (break included)
                String it = (c.since(24) ? "Iter(" : "hiter(") + ExprStr.of(s.x()) + ")";
                c.fn.code.locals.add(new io.gopherscope.vm.FuncCode.LocalVar(it, idx, xt, false, initPc, end - 1));
            }
        } finally {
            close(saved);
        }
    }

    /** Before Go 1.22: range variables are one variable per loop, so a captured cell is reused. */
    private static Ev sharedStore(Sym.Var v, Ev val) {
        int slot = v.slot;
        return f -> {
            Object x = val.ev(f);
            if (v.boxed) {
                if (f.s[slot] instanceof Cell cell) cell.v = x;
                else f.s[slot] = new Cell(x);
            } else {
                f.s[slot] = x;
            }
            return null;
        };
    }

    private Operand tmpOperand(Expr node, Type t, int slot) {
        Operand o = Operand.value(node, t, f -> f.s[slot]);
        o.fresh = true;
        return o;
    }

    // ------------------------------------------------------------------ switch

    void switchStmt(Stmt.Switch s) {
        String label = takeLabel();
        Scope saved = open();
        try {
            simple(s.init());
            c.fn.stmt(s.tag() != null ? s.tag().pos() : s.pos());
            Operand tag = null;
            int tagSlot = -1;
            if (s.tag() != null) {
                tag = c.ex.defaulted(c.ex.value(s.tag()));
                tagSlot = c.fn.newSlot();
                Ev te = tag.ev;
                int ts = tagSlot;
                c.fn.emit(new Ins.Exec(f -> {
                    f.s[ts] = te.ev(f);
                    return null;
                }), s.pos());
            }
            if (c.fn.pendingStmt != null) c.fn.emit(new Ins.Nop(), null);
            FnCtx.Target t = new FnCtx.Target(label, false);
            java.util.Map<Object, io.gopherscope.lang.token.Pos> seenCases = new java.util.HashMap<>();
            List<Ins.Jump> toBody = new ArrayList<>();
            List<Integer> clauseIdx = new ArrayList<>();
            int defaultIdx = -1;
            // dispatch: test each case expression in order
            for (int ci = 0; ci < s.clauses().size(); ci++) {
                Stmt.CaseClause cc = s.clauses().get(ci);
                if (cc.list() == null) {
                    if (defaultIdx >= 0) c.error(cc.pos(), "multiple defaults in switch");
                    defaultIdx = ci;
                    continue;
                }
                for (Expr e : cc.list()) {
                    try {
                        Ev test;
                        if (tag == null) {
                            test = cond(e, "case");
                            Operand x = c.ex.value(e);
                            if (!(x.type.underlying() instanceof Basic b && b.isBoolean())) {
                                throw c.fail(e.pos(), "invalid case " + ExprStr.of(e) + " in switch (mismatched types " + x.type + " and bool)");
                            }
                        } else {
                            int ts = tagSlot;
                            Operand tagOp = Operand.value(s.tag(), tag.type, f -> f.s[ts]);
                            tagOp.mode = Operand.Mode.VALUE;
                            Operand cv = c.ex.value(e);
                            Operand cmp = c.ex.ops.compareOperands(new Expr.Binary(e.pos(), TokenKind.EQL, e.pos(), s.tag(), e), tagOp, cv);
                            test = cmp.ev;
                            duplicateCase(e, cv, tag.type, seenCases);
                        }
                        Ins.Branch br = c.fn.emit(new Ins.Branch(test, true), e.pos());
                        Ins.Jump j = new Ins.Jump();
                        // branch to the clause body: patched below through a jump table
                        toBody.add(j);
                        clauseIdx.add(ci);
                        br.target = -1 - (toBody.size() - 1);
                        pendingBranches.add(br);
                    } catch (CompileError err) {
                        // reported
                    }
                }
            }
            Ins.Jump toDefault = c.fn.emit(new Ins.Jump(), null);
            List<Ins.Branch> branches = new ArrayList<>(pendingBranches);
            pendingBranches.clear();
            int[] bodyStart = new int[s.clauses().size()];
            List<Ins.Jump> ends = new ArrayList<>();
            c.fn.targets.push(t);
            try {
                for (int ci = 0; ci < s.clauses().size(); ci++) {
                    Stmt.CaseClause cc = s.clauses().get(ci);
                    bodyStart[ci] = c.fn.pc();
                    Scope cs = open();
                    try {
                        List<Stmt> body = cc.body();
                        boolean fall = !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.Branch br && br.tok() == TokenKind.FALLTHROUGH;
                        if (fall && ci == s.clauses().size() - 1) {
                            c.error(body.get(body.size() - 1).pos(), "cannot fallthrough final case in switch");
                        }
                        st.blockStmts(fall ? body.subList(0, body.size() - 1) : body);
                        if (c.fn.pendingStmt != null) c.fn.emit(new Ins.Nop(), null);
                        if (!fall) ends.add(c.fn.emit(new Ins.Jump(), null));
                    } finally {
                        close(cs);
                    }
                }
            } finally {
                c.fn.targets.pop();
            }
            patchClauses(branches, clauseIdx, bodyStart, toDefault, defaultIdx, ends, t);
        } finally {
            close(saved);
        }
    }

    private final List<Ins.Branch> pendingBranches = new ArrayList<>();

    /**
     * Points a switch's jumps where they go once the clause bodies are laid out: each case test to
     * its clause's body, the fall-off to default (or the end), clause ends and breaks to the end.
     */
    private void patchClauses(List<Ins.Branch> branches, List<Integer> clauseOf, int[] bodyStart, Ins.Jump toDefault,
                              int defaultIdx, List<Ins.Jump> ends, FnCtx.Target t) {
        int end = c.fn.pc();
        for (int i = 0; i < branches.size(); i++) branches.get(i).target = bodyStart[clauseOf.get(i)];
        toDefault.target = defaultIdx >= 0 ? bodyStart[defaultIdx] : end;
        for (Ins.Jump j : ends) j.target = end;
        for (Ins.Jump j : t.breaks) j.target = end;
    }

    /** gc reports a constant case value that an earlier case of the same switch already has. */
    private void duplicateCase(Expr e, Operand x, Type tagType, java.util.Map<Object, io.gopherscope.lang.token.Pos> seen) {
        if (!x.isConst()) return;
        Object key = Consts.isNumber(x.cv) ? Rat.of(x.cv) : x.cv;
        io.gopherscope.lang.token.Pos prev = seen.putIfAbsent(key, e.pos());
        if (prev != null) {
            c.error(e.pos(), "duplicate case " + ExprStr.of(e) + " (constant of type " + tagType + ") in expression switch\n\t"
                    + c.fileName + ":" + prev.line() + ":" + prev.col() + ": previous case");
        }
    }

    private Operand compareCase(Expr e, Operand tag, Expr tagExpr) {
        Operand x = c.ex.value(e);
        Expr.Binary fake = new Expr.Binary(e.pos(), TokenKind.EQL, e.pos(), tagExpr, e);
        // compare via the operator rules with pre-evaluated operands
        return c.ex.ops.compareOperands(fake, tag, x);
    }

    // ------------------------------------------------------------------ type switch

    void typeSwitch(Stmt.TypeSwitch s) {
        String label = takeLabel();
        Scope saved = open();
        try {
            simple(s.init());
            c.fn.stmt(s.pos());
            Operand x = c.ex.value(s.subject());
            if (!(x.type.underlying() instanceof Type.Interface xi)) {
                throw c.fail(s.subject().pos(), ExprStr.of(s.subject()) + " (" + c.ex.describeKind(x) + " of type " + x.type + ") is not an interface");
            }
            int xs = c.fn.newSlot();
            Ev xe = x.ev;
            c.fn.emit(new Ins.Exec(f -> {
                f.s[xs] = xe.ev(f);
                return null;
            }), s.pos());
            FnCtx.Target t = new FnCtx.Target(label, false);
            List<Ins.Branch> branches = new ArrayList<>();
            List<Integer> clauseOf = new ArrayList<>();
            List<Type> caseTypes = new ArrayList<>();
            int defaultIdx = -1;
            ExprC.TypeAsserter checker = new ExprC.TypeAsserter(c);
            List<Type> singleType = new ArrayList<>();
            for (int ci = 0; ci < s.clauses().size(); ci++) {
                Stmt.CaseClause cc = s.clauses().get(ci);
                Type only = null;
                if (cc.list() == null) {
                    defaultIdx = ci;
                    singleType.add(null);
                    continue;
                }
                for (Expr e : cc.list()) {
                    Ev test;
                    Type ct;
                    if (e instanceof Expr.Ident id && id.name().equals("nil") && c.scope.lookup("nil") instanceof Sym.Nil) {
                        test = f -> f.s[xs] == null;
                        ct = Basic.UNTYPED_NIL;
                    } else {
                        Type tt;
                        try {
                            tt = c.ex.typeOf(e);
                        } catch (CompileError err) {
                            continue;
                        }
                        ct = tt;
                        if (!(tt.underlying() instanceof Type.Interface)) {
                            String why = c.ex.missingReason(tt, xi);
                            if (why != null) {
                                // go1.19 (CompilerErrorMessages) names the case first, then the reason
                                String subject = c.ex.describe(x);
                                c.error(e.pos(), c.since(20)
                                        ? "impossible type switch case: " + subject + " cannot have dynamic type " + tt + " " + why
                                        : "impossible type switch case: " + ExprStr.of(e) + "\n\t" + subject + " cannot have dynamic type " + tt + " " + why);
                                continue;
                            }
                        }
                        test = f -> checker.assertable((Iface) f.s[xs], tt);
                    }
                    only = cc.list().size() == 1 ? ct : null;
                    Ins.Branch br = c.fn.emit(new Ins.Branch(test, true), e.pos());
                    branches.add(br);
                    clauseOf.add(ci);
                    caseTypes.add(ct);
                }
                singleType.add(only);
            }
            Ins.Jump toDefault = c.fn.emit(new Ins.Jump(), null);
            int[] bodyStart = new int[s.clauses().size()];
            List<Ins.Jump> ends = new ArrayList<>();
            List<Sym.Var> bindings = new ArrayList<>();
            c.fn.targets.push(t);
            try {
                for (int ci = 0; ci < s.clauses().size(); ci++) {
                    Stmt.CaseClause cc = s.clauses().get(ci);
                    bodyStart[ci] = c.fn.pc();
                    Scope cs = open();
                    try {
                        if (s.binding() != null && !s.binding().name().equals("_")) {
                            Type bt = singleType.get(ci);
                            if (bt == null || bt == Basic.UNTYPED_NIL) bt = x.type;
                            Sym.Var v = new Sym.Var(s.binding().name(), s.binding().pos(), bt, c.fn.newSlot(), c.fn, null);
                            bindings.add(v);
                            boolean unwrap = !(bt.underlying() instanceof Type.Interface);
                            c.fn.stmt(cc.pos());
                            c.fn.emit(new Ins.Exec(st.declStore(v, f -> {
                                Iface iv = (Iface) f.s[xs];
                                return unwrap ? (iv == null ? null : Values.copy(iv.value())) : iv;
                            })), cc.pos());
                            c.scope.declare(v);
                            v.param = true; // reported once for all clauses, below
                        }
                        st.blockStmts(cc.body());
                        if (c.fn.pendingStmt != null) c.fn.emit(new Ins.Nop(), null);
                        ends.add(c.fn.emit(new Ins.Jump(), null));
                    } finally {
                        c.scope.names.remove(s.binding() == null ? "" : s.binding().name());
                        close(cs);
                    }
                }
            } finally {
                c.fn.targets.pop();
            }
            patchClauses(branches, clauseOf, bodyStart, toDefault, defaultIdx, ends, t);
            if (s.binding() != null && !s.binding().name().equals("_") && !bindingsUsed(bindings)) {
                c.error(s.binding().pos(), c.since(20) ? "declared and not used: " + s.binding().name() : s.binding().name() + " declared but not used");
            }
        } finally {
            close(saved);
        }
    }

    private boolean bindingsUsed(List<Sym.Var> vs) {
        return vs.isEmpty() || vs.stream().anyMatch(v -> v.used);
    }

    // ------------------------------------------------------------------ select

    void selectStmt(Stmt.Select s) {
        String label = takeLabel();
        c.fn.stmt(s.pos());
        List<SelectIns.Case> cases = new ArrayList<>();
        List<Stmt.CommClause> caseClauses = new ArrayList<>();
        Stmt.CommClause def = null;
        // per case: the variables to declare after the receive
        List<Object[]> recvDecls = new ArrayList<>();
        for (Stmt.CommClause cc : s.clauses()) {
            if (cc.comm() == null) {
                if (def != null) c.error(cc.pos(), "multiple defaults in select");
                def = cc;
                continue;
            }
            try {
                switch (cc.comm()) {
                    case Stmt.Send snd -> {
                        Operand ch = c.ex.value(snd.chan());
                        if (!(ch.type.underlying() instanceof Type.Chan ct)) throw c.fail(snd.pos(), "invalid operation: cannot send to non-channel " + c.ex.describe(ch));
                        if (ct.dir() == Type.Dir.RECV) throw c.fail(snd.pos(), "invalid operation: cannot send to receive-only channel " + c.ex.describe(ch));
                        Ev v = c.ex.assign(c.ex.value(snd.value()), ct.elem(), "send");
                        cases.add(new SelectIns.Case(true, ch.ev, v, -1, -1, ct.elem()));
                        recvDecls.add(null);
                    }
                    case Stmt.ExprStmt es when Expr.unparen(es.x()) instanceof Expr.Unary u && u.op() == TokenKind.ARROW -> {
                        Type.Chan ct = recvChan(u);
                        cases.add(new SelectIns.Case(false, c.ex.value(u.x()).ev, null, -1, -1, ct.elem()));
                        recvDecls.add(null);
                    }
                    case Stmt.Assign a when a.rhs().size() == 1 && Expr.unparen(a.rhs().get(0)) instanceof Expr.Unary u && u.op() == TokenKind.ARROW -> {
                        Type.Chan ct = recvChan(u);
                        int dst = c.fn.newSlot();
                        int ok = a.lhs().size() > 1 ? c.fn.newSlot() : -1;
                        cases.add(new SelectIns.Case(false, c.ex.value(u.x()).ev, null, dst, ok, ct.elem()));
                        recvDecls.add(new Object[]{a, dst, ok, ct.elem()});
                    }
                    default -> throw c.fail(cc.comm().pos(), "select case must be receive, send or assign recv");
                }
                caseClauses.add(cc);
            } catch (CompileError e) {
                // reported
            }
        }
        SelectIns in = new SelectIns(cases.toArray(new SelectIns.Case[0]), def != null);
        in.label = "select";
        c.fn.emit(in, s.pos());
        FnCtx.Target t = new FnCtx.Target(label, false);
        List<Ins.Jump> ends = new ArrayList<>();
        c.fn.targets.push(t);
        try {
            for (int i = 0; i < caseClauses.size(); i++) {
                Stmt.CommClause cc = caseClauses.get(i);
                cases.get(i).target = c.fn.pc();
                Scope cs = open();
                try {
                    Object[] rd = recvDecls.get(i);
                    if (rd != null) bindRecv(rd);
                    st.blockStmts(cc.body());
                    if (c.fn.pendingStmt != null) c.fn.emit(new Ins.Nop(), null);
                    ends.add(c.fn.emit(new Ins.Jump(), null));
                } finally {
                    close(cs);
                }
            }
            if (def != null) {
                in.defaultTarget = c.fn.pc();
                Scope cs = open();
                try {
                    st.blockStmts(def.body());
                    if (c.fn.pendingStmt != null) c.fn.emit(new Ins.Nop(), null);
                } finally {
                    close(cs);
                }
            }
        } finally {
            c.fn.targets.pop();
        }
        int end = c.fn.pc();
        if (c.fn.pendingStmt != null) c.fn.emit(new Ins.Nop(), null);
        for (Ins.Jump j : ends) j.target = end;
        for (Ins.Jump j : t.breaks) j.target = end;
    }

    private Type.Chan recvChan(Expr.Unary u) {
        Operand ch = c.ex.value(u.x());
        if (!(ch.type.underlying() instanceof Type.Chan ct)) throw c.fail(u.pos(), "invalid operation: cannot receive from non-channel " + c.ex.describe(ch));
        if (ct.dir() == Type.Dir.SEND) throw c.fail(u.pos(), "invalid operation: cannot receive from send-only channel " + c.ex.describe(ch));
        return ct;
    }

    private void bindRecv(Object[] rd) {
        Stmt.Assign a = (Stmt.Assign) rd[0];
        int dst = (Integer) rd[1];
        int ok = (Integer) rd[2];
        Type elem = (Type) rd[3];
        Pos pos = a.pos();
        c.fn.stmt(pos);
        List<Ev> stores = new ArrayList<>();
        int[] slots = {dst, ok};
        Type[] types = {elem, Basic.BOOL};
        for (int i = 0; i < a.lhs().size(); i++) {
            Expr le = a.lhs().get(i);
            int slot = slots[i];
            if (a.tok() == TokenKind.DEFINE) {
                if (!(le instanceof Expr.Ident id)) throw c.fail(le.pos(), "non-name on left side of :=");
                if (id.name().equals("_")) continue;
                Sym.Var v = new Sym.Var(id.name(), id.pos(), types[i], c.fn.newSlot(), c.fn, null);
                stores.add(st.declStore(v, f -> f.s[slot]));
                c.scope.declare(v);
            } else {
                Operand l = st.lhs(le);
                if (l == null) continue;
                stores.add(l.lv.store(c.ex.assign(tmpOperand(le, types[i], slot), l.type, "assignment")));
            }
        }
        Ev[] sts = stores.toArray(new Ev[0]);
        c.fn.emit(new Ins.Exec(f -> {
            for (Ev e : sts) e.ev(f);
            return null;
        }), pos);
    }

    // ------------------------------------------------------------------ branches and labels

    void branch(Stmt.Branch br) {
        String label = br.label() == null ? null : br.label().name();
        switch (br.tok()) {
            case BREAK -> {
                for (FnCtx.Target t : c.fn.targets) {
                    if (label == null || label.equals(t.label)) {
                        t.breaks.add(c.fn.emit(new Ins.Jump(), br.pos()));
                        return;
                    }
                }
                // the parser's branch check (gc's syntax.checkBranches) has reported it
                throw new CompileError(br.pos(), label == null ? "break is not in a loop, switch, or select" : "invalid break label " + label);
            }
            case CONTINUE -> {
                for (FnCtx.Target t : c.fn.targets) {
                    if (t.isLoop && (label == null || label.equals(t.label))) {
                        t.continues.add(c.fn.emit(new Ins.Jump(), br.pos()));
                        return;
                    }
                    if (label != null && label.equals(t.label)) throw new CompileError(br.pos(), "invalid continue label " + label);
                }
                throw new CompileError(br.pos(), label == null ? "continue is not in a loop" : "invalid continue label " + label);
            }
            case GOTO -> {
                // the parser's branch check has refused gotos into blocks and over declarations
                Ins.Jump j = c.fn.emit(new Ins.Jump(), br.pos());
                Integer at = c.fn.labelPcs.get(label);
                if (at != null) j.target = at;
                else c.fn.pendingGotos.computeIfAbsent(label, k -> new ArrayList<>()).add(j);
            }
            case FALLTHROUGH -> throw c.fail(br.pos(), "fallthrough statement out of place");
            default -> throw c.fail(br.pos(), "unexpected " + br.tok().text);
        }
    }

    void labeled(Stmt.Labeled l) {
        Stmt inner = l.stmt();
        int at = c.fn.pc();
        c.fn.labelPcs.put(l.label().name(), at);
        List<Ins.Jump> waiting = c.fn.pendingGotos.remove(l.label().name());
        if (waiting != null) for (Ins.Jump j : waiting) j.target = at;
        if (inner instanceof Stmt.For || inner instanceof Stmt.Range || inner instanceof Stmt.Switch
                || inner instanceof Stmt.TypeSwitch || inner instanceof Stmt.Select) {
            c.fn.pendingLabel = l.label().name();
        }
        st.stmt(inner);
    }

    // ------------------------------------------------------------------ terminating statements

    boolean terminating(Stmt s) {
        return switch (s) {
            case Stmt.Return r -> true;
            case Stmt.Branch b -> b.tok() == TokenKind.GOTO;
            case Stmt.ExprStmt es -> Expr.unparen(es.x()) instanceof Expr.Call call
                    && Expr.unparen(call.fun()) instanceof Expr.Ident id && id.name().equals("panic")
                    && c.scope.lookup("panic") instanceof Sym.Builtin
                    || isOsExit(es);
            case Stmt.Block b -> !b.stmts().isEmpty() && terminating(b.stmts().get(b.stmts().size() - 1));
            case Stmt.If i -> i.els() != null && terminating(i.then()) && terminating(i.els());
            case Stmt.For f -> f.cond() == null && !hasBreak(f.body(), null, true);
            case Stmt.Labeled l -> terminating(l.stmt());
            case Stmt.Switch sw -> {
                boolean hasDefault = false;
                for (Stmt.CaseClause cc : sw.clauses()) {
                    if (cc.list() == null) hasDefault = true;
                    List<Stmt> b = cc.body();
                    if (b.isEmpty()) yield false;
                    Stmt last = b.get(b.size() - 1);
                    boolean fall = last instanceof Stmt.Branch br && br.tok() == TokenKind.FALLTHROUGH;
                    if (!fall && !terminating(last)) yield false;
                    if (hasBreakList(b)) yield false;
                }
                yield hasDefault;
            }
            case Stmt.TypeSwitch sw -> {
                boolean hasDefault = false;
                for (Stmt.CaseClause cc : sw.clauses()) {
                    if (cc.list() == null) hasDefault = true;
                    List<Stmt> b = cc.body();
                    if (b.isEmpty() || !terminating(b.get(b.size() - 1)) || hasBreakList(b)) yield false;
                }
                yield hasDefault;
            }
            case Stmt.Select sel -> {
                for (Stmt.CommClause cc : sel.clauses()) {
                    List<Stmt> b = cc.body();
                    if (b.isEmpty() || !terminating(b.get(b.size() - 1)) || hasBreakList(b)) yield false;
                }
                yield true;
            }
            default -> false;
        };
    }

    private boolean isOsExit(Stmt.ExprStmt es) {
        return false;
    }

    private boolean hasBreakList(List<Stmt> b) {
        for (Stmt s : b) if (hasBreak(s, null, false)) return true;
        return false;
    }

    /** Whether s contains a break that targets the enclosing statement (unlabeled, not nested in another breakable). */
    private boolean hasBreak(Stmt s, String label, boolean top) {
        if (s == null) return false;
        return switch (s) {
            case Stmt.Branch b -> b.tok() == TokenKind.BREAK && b.label() == null;
            case Stmt.Block b -> b.stmts().stream().anyMatch(x -> hasBreak(x, label, false));
            case Stmt.If i -> hasBreak(i.then(), label, false) || hasBreak(i.els(), label, false);
            case Stmt.Labeled l -> hasBreak(l.stmt(), label, false);
            case Stmt.CaseClause cc -> cc.body().stream().anyMatch(x -> hasBreak(x, label, false));
            default -> false;
        };
    }
}
