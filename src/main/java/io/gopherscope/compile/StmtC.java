package io.gopherscope.compile;

import io.gopherscope.lang.ast.Decl;
import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.ast.Stmt;
import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.token.TokenKind;
import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.lang.types.Types;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.Values;
import io.gopherscope.vm.CallIns;
import io.gopherscope.vm.ChanIns;
import io.gopherscope.vm.Ev;
import io.gopherscope.vm.FuncCode;
import io.gopherscope.vm.Ins;
import io.gopherscope.vm.Instr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Statements and function bodies ({@code go/types} stmt.go plus lowering to instructions). *
 * <p>Size: over 600 lines because statements, declarations and assignments share the helpers
 * that unpack multi-valued right sides; the planned split is AssignC / DeclC.
 */
final class StmtC {
    final Compiler c;
    final ControlC ctl;

    StmtC(Compiler c) {
        this.c = c;
        this.ctl = new ControlC(c, this);
    }

    // ------------------------------------------------------------------ functions

    void funcBody(Decl.FuncDecl fd, FuncCode code) {
        Type.Signature sig = code.sig != null ? code.sig : new Type.Signature(List.of(), List.of(), false);
        compileFunc(code, null, fd.type(), fd.recv(), fd.body(), sig);
    }

    /** Compiles a function (declared or literal); returns its context (captures are needed by literals). */
    FnCtx compileFunc(FuncCode code, FnCtx parent, Expr.FuncType ft, Expr.Field recv, Stmt.Block body, Type.Signature sig) {
        FnCtx savedFn = c.fn;
        Scope savedScope = c.scope;
        FnCtx fn = new FnCtx(code, parent, sig);
        c.fn = fn;
        c.scope = new Scope(parent == null ? c.pkgScope : savedScope, fn);
        try {
            int pi = 0;
            if (recv != null) {
                Type rt = c.ex.typeOf(recv.type());
                String rname = recv.names().isEmpty() ? "_" : recv.names().get(0).name();
                declareParam(fn, rname, recv.pos(), rt);
            }
            for (Expr.Field f : ft.params()) {
                if (f.names().isEmpty()) {
                    declareParam(fn, "_", f.pos(), sig.params().get(pi++));
                } else {
                    for (Expr.Ident id : f.names()) declareParam(fn, id.name(), id.pos(), sig.params().get(pi++));
                }
            }
            code.nparams = fn.nslots;
            int ri = 0;
            for (Expr.Field f : ft.results()) {
                if (f.names().isEmpty()) {
                    Sym.Var v = declareParam(fn, "~r" + ri, f.pos(), sig.results().get(ri++));
                    fn.results.add(v);
                } else {
                    fn.namedResults = true;
                    for (Expr.Ident id : f.names()) {
                        Sym.Var v = declareParam(fn, id.name(), id.pos(), sig.results().get(ri++));
                        fn.results.add(v);
                    }
                }
            }
            code.nresults = fn.results.size();
            // result slots start as zero values
            for (Sym.Var r : fn.results) {
                Type rt = r.type;
                int slot = r.slot;
                Object z = Values.zero(rt);
                boolean copy = Values.needsCopy(rt);
                fn.emit(new Ins.Exec(f -> {
                    Object zv = copy ? Values.zero(rt) : z;
                    f.s[slot] = r.boxed ? new Cell(zv) : zv;
                    return null;
                }), body == null ? null : body.pos());
            }
            if (body != null) {
                blockStmts(body.stmts());
                if (!sig.results().isEmpty() && !ctl.terminating(body)) {
                    c.error(body.rbrace(), "missing return");
                }
                fn.stmt(body.rbrace());
                fn.emit(new CallIns.Return(), body.rbrace()).label = "return";
            } else {
                fn.emit(new CallIns.Return(), null);
            }
            checkUnused(c.scope);
            finish(fn);
            return fn;
        } finally {
            c.fn = savedFn;
            c.scope = savedScope;
        }
    }

    private Sym.Var declareParam(FnCtx fn, String name, Pos pos, Type t) {
        Sym.Var v = new Sym.Var(name, pos, t, fn.newSlot(), fn, null);
        v.param = true;
        v.used = true;
        fn.params.add(v);
        if (!name.equals("_")) {
            if (c.scope.lookupLocal(name) != null) c.error(pos, "duplicate argument " + name);
            c.scope.declare(v);
        }
        return v;
    }

    /** Appends the return sentinels and fills in the function's layout. */
    FuncCode finish(FnCtx fn) {
        if (fn.pendingStmt != null) fn.emit(new Ins.Nop(), null);
        if (fn.instrs.isEmpty() || !(fn.instrs.get(fn.instrs.size() - 1) instanceof CallIns.Return)) {
            fn.emit(new CallIns.Return(), null);
        }
        fn.emit(new CallIns.FinishReturn(), null);
        fn.emit(new CallIns.PanicContinue(), null);
        FuncCode code = fn.code;
        code.code = fn.instrs.toArray(new Instr[0]);
        code.nslots = Math.max(fn.nslots, 1);
        if (code.sig == null) code.sig = fn.sig;
        int np = code.nparams + code.nresults;
        boolean[] boxed = new boolean[np];
        List<Sym.Var> pv = fn.params;
        code.boxedParams = boxed;
        // boxing of parameters is decided when the whole body is compiled: read it lazily
        List<Sym.Var> all = new ArrayList<>(pv);
        code.boxedParams = new BoxedFlags(all, np).flags();
        return code;
    }

    /** Parameter boxing flags, computed after the body (and every nested literal) is compiled. */
    record BoxedFlags(List<Sym.Var> vars, int n) {
        boolean[] flags() {
            boolean[] b = new boolean[n];
            for (Sym.Var v : vars) if (v.slot < n && v.boxed) b[v.slot] = true;
            return b;
        }
    }

    void checkUnused(Scope s) {
        for (Sym sym : s.names.values()) {
            if (sym instanceof Sym.Var v && !v.used && !v.param && v.global == null && !v.name.equals("_")) {
                c.error(v.pos, c.since(20) ? "declared and not used: " + v.name : v.name + " declared but not used");
            }
        }
    }

    // ------------------------------------------------------------------ blocks

    void blockStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            try {
                stmt(s);
            } catch (CompileError e) {
                // reported; continue with the next statement
            }
        }
    }

    void block(Stmt.Block b) {
        Scope saved = c.scope;
        c.scope = new Scope(saved, c.fn);
        try {
            blockStmts(b.stmts());
            checkUnused(c.scope);
        } finally {
            c.scope = saved;
        }
    }

    void stmt(Stmt s) {
        FnCtx fn = c.fn;
        switch (s) {
            case Stmt.Empty e -> {
            }
            case Stmt.Block b -> block(b);
            case Stmt.ExprStmt es -> exprStmt(es);
            case Stmt.Assign a -> {
                fn.stmt(a.pos());
                try {
                    assign(a);
                } catch (CompileError e) {
                    // types2's useLHS: a failed assignment still counts as a use of its variables
                    for (Expr l : a.lhs()) {
                        if (Expr.unparen(l) instanceof Expr.Ident id && c.scope.lookup(id.name()) instanceof Sym.Var v) v.used = true;
                    }
                    throw e;
                }
            }
            case Stmt.IncDec id -> {
                fn.stmt(id.pos());
                incDec(id);
            }
            case Stmt.Send snd -> {
                fn.stmt(snd.pos());
                send(snd);
            }
            case Stmt.DeclStmt ds -> {
                fn.stmt(ds.pos());
                declStmt(ds.decl());
            }
            case Stmt.Go g -> {
                fn.stmt(g.pos());
                goDefer(g.call(), true);
            }
            case Stmt.Defer d -> {
                fn.stmt(d.pos());
                goDefer(d.call(), false);
            }
            case Stmt.Return r -> {
                fn.stmt(r.pos());
                ret(r);
            }
            case Stmt.If i -> ctl.ifStmt(i);
            case Stmt.For f -> ctl.forStmt(f);
            case Stmt.Range r -> ctl.rangeStmt(r);
            case Stmt.Switch sw -> ctl.switchStmt(sw);
            case Stmt.TypeSwitch ts -> ctl.typeSwitch(ts);
            case Stmt.Select sel -> ctl.selectStmt(sel);
            case Stmt.Branch br -> {
                fn.stmt(br.pos());
                ctl.branch(br);
            }
            case Stmt.Labeled l -> ctl.labeled(l);
            case Stmt.CaseClause cc -> throw c.fail(cc.pos(), "unexpected case clause");
            case Stmt.CommClause cc -> throw c.fail(cc.pos(), "unexpected case clause");
        }
    }

    private void exprStmt(Stmt.ExprStmt es) {
        c.fn.stmt(es.pos());
        Expr x = Expr.unparen(es.x());
        Operand o = c.ex.expr(es.x());
        boolean ok = x instanceof Expr.Call || (x instanceof Expr.Unary u && u.op() == TokenKind.ARROW);
        if (x instanceof Expr.Call call && o.mode != Operand.Mode.NOVALUE && o.mode != Operand.Mode.TUPLE) {
            Operand f = null;
            Expr fun = Expr.unparen(call.fun());
            if (fun instanceof Expr.Ident id && c.scope.lookup(id.name()) instanceof Sym.Builtin b) {
                if (!List.of("close", "copy", "delete", "panic", "print", "println", "recover", "clear").contains(b.name)) {
                    throw c.fail(es.pos(), c.ex.describe(o) + " is not used");
                }
            } else if (o.mode == Operand.Mode.VALUE && fun instanceof Expr.Ident id2 && c.scope.lookup(id2.name()) instanceof Sym.TypeName) {
                throw c.fail(es.pos(), c.ex.describe(o) + " is not used");
            }
        }
        if (!ok) {
            throw c.fail(es.pos(), c.ex.describe(o) + " is not used");
        }
        // builtins with effects compile to an Ev that must run
        if (o.ev != null && (o.mode == Operand.Mode.NOVALUE || x instanceof Expr.Call)) {
            Ev e = o.ev;
            if (!(x instanceof Expr.Call call2) || isBuiltinCall(call2)) {
                c.fn.emit(new Ins.Exec(e), es.pos());
            }
        }
        if (c.fn.pendingStmt != null) c.fn.emit(new Ins.Nop(), es.pos());
    }

    boolean isBuiltinCall(Expr.Call call) {
        Expr fun = Expr.unparen(call.fun());
        if (fun instanceof Expr.Ident id) {
            Sym s = c.scope.lookup(id.name());
            return s instanceof Sym.Builtin || s instanceof Sym.TypeName;
        }
        return false;
    }

    // ------------------------------------------------------------------ assignment

    /** A left-hand side without marking the variable as used (assigning is not using). */
    Operand lhs(Expr e) {
        if (Expr.unparen(e) instanceof Expr.Ident id) {
            if (id.name().equals("_")) return null;
            Sym s = c.scope.lookup(id.name());
            if (s instanceof Sym.Var v) {
                boolean used = v.used;
                Operand o = c.ex.expr(e);
                v.used = used;
                return o;
            }
        }
        Operand o = c.ex.expr(e);
        if (o.mode != Operand.Mode.VAR && o.mode != Operand.Mode.MAPINDEX) {
            if (o.mode == Operand.Mode.VALUE && e instanceof Expr.Selector sel) {
                Operand base = c.ex.value(sel.x());
                if (base.mode == Operand.Mode.MAPINDEX) {
                    throw c.fail(e.pos(), "cannot assign to struct field " + ExprStr.of(e) + " in map");
                }
            }
            throw c.fail(e.pos(), "cannot assign to " + (c.since(20) ? ExprStr.of(e) + " (neither addressable nor a map index expression)" : c.ex.describe(o)));
        }
        return o;
    }

    private void assign(Stmt.Assign a) {
        TokenKind tok = a.tok();
        if (tok == TokenKind.DEFINE) {
            define(a.lhs(), a.rhs(), a.pos(), a.tokPos());
            return;
        }
        if (tok != TokenKind.ASSIGN) {
            // op-assign
            if (a.lhs().size() != 1 || a.rhs().size() != 1) throw c.fail(a.tokPos(), "assignment operation " + tok.text + " requires single-valued expressions");
            TokenKind op = switch (tok) {
                case ADD_ASSIGN -> TokenKind.ADD;
                case SUB_ASSIGN -> TokenKind.SUB;
                case MUL_ASSIGN -> TokenKind.MUL;
                case QUO_ASSIGN -> TokenKind.QUO;
                case REM_ASSIGN -> TokenKind.REM;
                case AND_ASSIGN -> TokenKind.AND;
                case OR_ASSIGN -> TokenKind.OR;
                case XOR_ASSIGN -> TokenKind.XOR;
                case SHL_ASSIGN -> TokenKind.SHL;
                case SHR_ASSIGN -> TokenKind.SHR;
                default -> TokenKind.AND_NOT;
            };
            Operand l = lhs(a.lhs().get(0));
            if (l == null) throw c.fail(a.lhs().get(0).pos(), "cannot use _ as value");
            Operand r = c.ex.ops.binary(new Expr.Binary(a.lhs().get(0).pos(), op, a.tokPos(), a.lhs().get(0), a.rhs().get(0)));
            Ev v = c.ex.assign(r, l.type, "assignment");
            emitStore(l, v, a.pos());
            return;
        }
        List<Expr> lhs = a.lhs();
        List<Expr> rhs = a.rhs();
        if (lhs.size() == rhs.size()) {
            List<Operand> ls = new ArrayList<>();
            for (Expr e : lhs) ls.add(lhs(e));
            List<Ev> vals = new ArrayList<>();
            for (int i = 0; i < rhs.size(); i++) {
                Operand r = rhs.size() == 1 ? soleValue(rhs.get(i), 1) : c.ex.value(rhs.get(i));
                Operand l = ls.get(i);
                if (l == null) {
                    if (r.mode == Operand.Mode.NIL) throw c.fail(rhs.get(i).pos(), "use of untyped nil in assignment");
                    vals.add(r.ev);
                } else {
                    vals.add(c.ex.assign(r, l.type, "assignment"));
                }
            }
            if (lhs.size() == 1) {
                Operand l = ls.get(0);
                Ev v = vals.get(0);
                if (l == null) c.fn.emit(new Ins.Exec(v), a.pos());
                else emitStore(l, v, a.pos());
                return;
            }
            // parallel assignment: evaluate every right side first
            int[] tmps = new int[vals.size()];
            for (int i = 0; i < tmps.length; i++) tmps[i] = c.fn.newSlot();
            Ev[] vs = vals.toArray(new Ev[0]);
            Ev[] stores = new Ev[ls.size()];
            for (int i = 0; i < ls.size(); i++) {
                int t = tmps[i];
                stores[i] = ls.get(i) == null ? null : ls.get(i).lv.store(f -> f.s[t]);
            }
            c.fn.emit(new Ins.Exec(f -> {
                for (int i = 0; i < vs.length; i++) f.s[tmps[i]] = vs[i].ev(f);
                for (Ev st : stores) if (st != null) st.ev(f);
                return null;
            }), a.pos());
            return;
        }
        if (rhs.size() == 1) {
            Operand r = c.ex.expr(rhs.get(0));
            Ev[] parts = multi(r, lhs.size(), rhs.get(0), a.tokPos(), lhs.size() + " variable" + (lhs.size() > 1 ? "s" : ""));
            List<Type> types = resultTypes(r, lhs.size());
            List<Ev> stores = new ArrayList<>();
            for (int i = 0; i < lhs.size(); i++) {
                Operand l = lhs(lhs.get(i));
                if (l == null) continue;
                Operand part = Operand.value(rhs.get(0), types.get(i), parts[i]);
                part.fresh = true;
                stores.add(l.lv.store(c.ex.assign(part, l.type, "assignment")));
            }
            Ev pre = partsPrelude(r);
            Ev[] st = stores.toArray(new Ev[0]);
            c.fn.emit(new Ins.Exec(f -> {
                if (pre != null) pre.ev(f);
                for (Ev e : st) e.ev(f);
                return null;
            }), a.pos());
            return;
        }
        throw c.fail(a.rhs().get(0).pos(), "assignment mismatch: " + count(lhs.size(), "variable") + " but " + count(rhs.size(), "value"));
    }

    /**
     * Emits a store. A map element store under several Ps takes two steps, as mapassign's
     * critical section does: set the writing flag, then write; another P may run in between and
     * then meets Go's fatal "concurrent map writes" / "concurrent map read and map write".
     */
    void emitStore(Operand l, Ev v, Pos pos) {
        if (l.mode == Operand.Mode.MAPINDEX && l.mapEv != null && ((io.gopherscope.vm.Machine) c.m).multiProc()) {
            Ev mp = l.mapEv;
            int val = c.fn.newSlot();
            io.gopherscope.vm.Ins.Exec begin = c.fn.emit(new Ins.Exec(f -> {
                f.s[val] = v.ev(f);
                io.gopherscope.rt.maps.Maps.beginWrite((io.gopherscope.rt.maps.GoMap) mp.ev(f));
                return null;
            }), pos);
            begin.label = "mapassign: set hashWriting";
            c.fn.stmt(pos);
            Ev store = l.lv.store(f -> f.s[val]);
            c.fn.emit(new Ins.Exec(f -> {
                io.gopherscope.rt.maps.Maps.endWrite((io.gopherscope.rt.maps.GoMap) mp.ev(f));
                return store.ev(f);
            }), pos).label = "mapassign";
            return;
        }
        c.fn.emit(new Ins.Exec(l.lv.store(v)), pos);
    }


    /** For a comma-ok operand: computes the pair into a temp before the parts are read. */
    private Ev partsPrelude(Operand r) {
        if ((r.mode == Operand.Mode.COMMAOK || r.mode == Operand.Mode.MAPINDEX) && r.lastPairSlot >= 0) {
            int slot = r.lastPairSlot;
            Ev pair = r.okEv;
            return f -> {
                f.s[slot] = pair.ev(f);
                return null;
            };
        }
        return null;
    }

    /** Splits a multi-valued right side into per-variable parts (tuple call or comma-ok form). */
    Ev[] multi(Operand r, int n, Expr rhs, Pos pos, String what) {
        if (r.mode == Operand.Mode.TUPLE) {
            int[] slots = r.slots;
            if (slots.length != n) {
                throw c.fail(rhs.pos(), "assignment mismatch: " + what + " but " + funName(rhs) + " returns " + count(slots.length, "value"));
            }
            Ev[] out = new Ev[n];
            for (int i = 0; i < n; i++) {
                int s = slots[i];
                out[i] = f -> f.s[s];
            }
            return out;
        }
        if ((r.mode == Operand.Mode.COMMAOK || (r.mode == Operand.Mode.MAPINDEX && r.okEv != null)) && n == 2) {
            int slot = c.fn.newSlot();
            r.lastPairSlot = slot;
            return new Ev[]{f -> ((Object[]) f.s[slot])[0], f -> ((Object[]) f.s[slot])[1]};
        }
        if (r.mode == Operand.Mode.NOVALUE) throw c.fail(rhs.pos(), ExprStr.of(rhs) + " (no value) used as value");
        if (Expr.unparen(rhs) instanceof Expr.Call) {
            throw c.fail(rhs.pos(), "assignment mismatch: " + what + " but " + funName(rhs) + " returns 1 value");
        }
        throw c.fail(rhs.pos(), "assignment mismatch: " + what + " but 1 value");
    }

    /** types2 names the function of a call by its expression: "f", "p.m", "fmt.Sprint". */
    private static String funName(Expr rhs) {
        return Expr.unparen(rhs) instanceof Expr.Call call ? ExprStr.of(call.fun()) : ExprStr.of(rhs);
    }

    List<Type> resultTypes(Operand r, int n) {
        if (r.mode == Operand.Mode.TUPLE) return ((Type.Tuple) r.type).types();
        return List.of(r.type, Basic.UNTYPED_BOOL);
    }

    /** {@code a, b := ...}: declares new variables (at least one), assigns existing ones. */
    void define(List<Expr> lhs, List<Expr> rhs, Pos pos, Pos tokPos) {
        try {
            define0(lhs, rhs, pos, tokPos);
        } catch (CompileError e) {
            declareInvalid(lhs);
            throw e;
        }
    }

    private void define0(List<Expr> lhs, List<Expr> rhs, Pos pos, Pos tokPos) {
        List<Operand> values = new ArrayList<>();
        Ev pre = null;
        List<Type> types = new ArrayList<>();
        List<Ev> evs = new ArrayList<>();
        if (lhs.size() == rhs.size()) {
            for (Expr e : rhs) {
                Operand r = rhs.size() == 1 ? soleValue(e, 1) : c.ex.value(e);
                if (r.mode == Operand.Mode.NIL) throw c.fail(e.pos(), "use of untyped nil in assignment");
                r = c.ex.defaulted(r);
                values.add(r);
                types.add(r.type);
                evs.add(r.ev);
            }
        } else if (rhs.size() == 1) {
            Operand r = c.ex.expr(rhs.get(0));
            Ev[] parts = multi(r, lhs.size(), rhs.get(0), tokPos, lhs.size() + " variable" + (lhs.size() > 1 ? "s" : ""));
            pre = partsPrelude(r);
            List<Type> ts = resultTypes(r, lhs.size());
            for (int i = 0; i < lhs.size(); i++) {
                Type t = ts.get(i) == Basic.UNTYPED_BOOL ? Basic.BOOL : ts.get(i);
                Operand part = Operand.value(rhs.get(0), t, parts[i]);
                part.fresh = true;
                values.add(part);
                types.add(t);
                evs.add(parts[i]);
            }
        } else {
            throw c.fail(rhs.get(0).pos(), "assignment mismatch: " + count(lhs.size(), "variable") + " but " + count(rhs.size(), "value"));
        }
        boolean anyNew = false;
        List<Ev> stores = new ArrayList<>();
        List<Sym.Var> newVars = new ArrayList<>();
        for (int i = 0; i < lhs.size(); i++) {
            Expr le = lhs.get(i);
            if (!(le instanceof Expr.Ident id)) {
                throw c.fail(le.pos(), "non-name " + ExprStr.of(le) + " on left side of :=");
            }
            Operand val = values.get(i);
            if (id.name().equals("_")) {
                stores.add(val.ev);
                continue;
            }
            Sym existing = c.scope.lookupLocal(id.name());
            if (existing instanceof Sym.Var v) {
                boolean used = v.used;
                Operand l = c.ex.varOperand(id, v);
                v.used = used;
                stores.add(l.lv.store(c.ex.assign(val, v.type, "assignment")));
                continue;
            }
            if (newVars.stream().anyMatch(v -> v.name.equals(id.name()))) throw c.fail(id.pos(), id.name() + " repeated on left side of :=");
            anyNew = true;
            Type t = types.get(i);
            if (t instanceof Type.Tuple) throw c.fail(rhs.get(0).pos(), ExprStr.of(rhs.get(0)) + " (no value) used as value");
            Sym.Var v = new Sym.Var(id.name(), id.pos(), t, c.fn.newSlot(), c.fn, null);
            newVars.add(v);
            stores.add(declStore(v, c.ex.assign(val, t, "assignment")));
        }
        if (!anyNew) throw c.fail(tokPos, "no new variables on left side of :=");
        for (Sym.Var v : newVars) c.scope.declare(v);
        Ev p = pre;
        Ev[] st = stores.toArray(new Ev[0]);
        if (st.length > 1 && lhs.size() == rhs.size()) {
            // evaluate all right sides before storing
            int[] tmps = new int[evs.size()];
            for (int i = 0; i < tmps.length; i++) tmps[i] = c.fn.newSlot();
            List<Ev> rebuilt = new ArrayList<>();
            int k = 0;
            for (int i = 0; i < lhs.size(); i++) {
                Expr.Ident id = (Expr.Ident) lhs.get(i);
                int t = tmps[i];
                Ev read = f -> f.s[t];
                if (id.name().equals("_")) continue;
                Sym s = c.scope.lookupLocal(id.name());
                Sym.Var v = (Sym.Var) s;
                if (newVars.contains(v)) rebuilt.add(declStore(v, read));
                else rebuilt.add(c.ex.varOperand(id, v).lv.store(read));
                k++;
            }
            Ev[] vs = new Ev[values.size()];
            for (int i = 0; i < vs.length; i++) {
                Expr.Ident id = (Expr.Ident) lhs.get(i);
                Sym s = id.name().equals("_") ? null : c.scope.lookupLocal(id.name());
                Type target = s instanceof Sym.Var v ? v.type : values.get(i).type;
                vs[i] = c.ex.assign(values.get(i), target, "assignment");
            }
            Ev[] rb = rebuilt.toArray(new Ev[0]);
            c.fn.emit(new Ins.Exec(f -> {
                for (int i = 0; i < vs.length; i++) f.s[tmps[i]] = vs[i].ev(f);
                for (Ev e : rb) e.ev(f);
                return null;
            }), pos);
            return;
        }
        c.fn.emit(new Ins.Exec(f -> {
            if (p != null) p.ev(f);
            for (Ev e : st) e.ev(f);
            return null;
        }), pos);
    }

    /** Store for a variable declaration: a fresh cell when the variable is boxed. */
    Ev declStore(Sym.Var v, Ev val) {
        int slot = v.slot;
        io.gopherscope.rt.heap.Heap heap = c.m.heap();
        int size = Math.max(1, Values.sizeof(v.type));
        return f -> {
            Object x = val.ev(f);
            if (v.boxed) {
                // the variable escapes (captured or address taken): it lives on the heap
                Cell cell = new Cell(x);
                cell.addr = heap.alloc(size);
                f.s[slot] = cell;
            } else {
                f.s[slot] = x;
            }
            return null;
        };
    }

    private void incDec(Stmt.IncDec id) {
        Operand l = lhs(id.x());
        if (l == null) throw c.fail(id.x().pos(), "cannot use _ as value");
        if (!(l.type.underlying() instanceof Basic b) || !b.isNumeric()) {
            throw c.fail(id.pos(), "invalid operation: " + ExprStr.of(id.x()) + id.tok().text + " (non-numeric type " + l.type + ")");
        }
        Expr one = new Expr.BasicLit(id.pos(), TokenKind.INT, "1");
        Operand r = c.ex.ops.binary(new Expr.Binary(id.x().pos(), id.tok() == TokenKind.INC ? TokenKind.ADD : TokenKind.SUB, id.pos(), id.x(), one));
        emitStore(l, r.ev, id.pos());
    }

    private void send(Stmt.Send snd) {
        Operand ch = c.ex.value(snd.chan());
        if (!(ch.type.underlying() instanceof Type.Chan ct)) {
            throw c.fail(snd.pos(), "invalid operation: cannot send to non-channel " + c.ex.describe(ch));
        }
        if (ct.dir() == Type.Dir.RECV) {
            throw c.fail(snd.pos(), "invalid operation: cannot send to receive-only channel " + c.ex.describe(ch));
        }
        Ev v = c.ex.assign(c.ex.value(snd.value()), ct.elem(), "send");
        ChanIns.Send in = new ChanIns.Send(ch.ev, v);
        in.label = "chansend";
        c.fn.emit(in, snd.pos());
    }

    // ------------------------------------------------------------------ declarations

    void declStmt(Decl.GenDecl g) {
        for (Decl.Spec sp : g.specs()) {
            switch (sp) {
                case Decl.ValueSpec vs when g.tok() == TokenKind.CONST -> {
                    for (Sym.Const k : constSpec(vs, true)) {
                        if (!k.name.equals("_")) {
                            if (c.scope.lookupLocal(k.name) != null) c.error(k.pos, c.redeclared(k.name, c.scope.lookupLocal(k.name).pos));
                            c.scope.declare(k);
                        }
                    }
                }
                case Decl.ValueSpec vs -> localVarSpec(vs);
                case Decl.TypeSpec ts -> {
                    if (ts.alias()) {
                        c.scope.declare(new Sym.TypeName(ts.name().name(), ts.name().pos(), c.ex.typeOf(ts.type())));
                    } else {
                        Named n = new Named("main", ts.name().name(), Basic.INVALID);
                        c.mainTypeNames.add(n.name);
                        c.scope.declare(new Sym.TypeName(ts.name().name(), ts.name().pos(), n));
                        Type u = c.ex.typeOf(ts.type());
                        n.setUnderlying(u instanceof Named un ? un.underlying() : u);
                        c.checkCycles(java.util.Map.of(n, ts.name().pos()));
                    }
                }
                case Decl.ImportSpec is -> throw c.fail(is.pos(), "imports must appear before other declarations");
            }
        }
    }

    /** Evaluates one constant spec (with iota) into constant symbols. */
    List<Sym.Const> constSpec(Decl.ValueSpec vs, boolean local) {
        BigInteger saved = c.iota;
        c.iota = BigInteger.valueOf(vs.iota());
        try {
            Type t = vs.type() == null ? null : c.ex.typeOf(vs.type());
            List<Sym.Const> out = new ArrayList<>();
            if (vs.values().isEmpty()) throw c.fail(vs.pos(), "missing init expr for const declaration");
            if (vs.values().size() < vs.names().size()) throw c.fail(vs.names().get(vs.values().size()).pos(), "missing init expr for const declaration");
            if (vs.values().size() > vs.names().size()) throw c.fail(vs.values().get(vs.names().size()).pos(), "extra init expr");
            for (int i = 0; i < vs.names().size(); i++) {
                Expr.Ident id = vs.names().get(i);
                Operand x = c.ex.value(vs.values().get(i));
                if (!x.isConst()) {
                    throw c.fail(vs.values().get(i).pos(), ExprStr.of(vs.values().get(i)) + " (" + (x.mode == Operand.Mode.VAR ? "variable" : "value") + " of type " + x.type + ") is not constant");
                }
                Type ct = x.type;
                Object v = x.cv;
                if (t != null) {
                    if (!(t.underlying() instanceof Basic tb)) throw c.fail(vs.type().pos(), "invalid constant type " + t);
                    c.ex.checkConstAssign(x, tb, t, "constant declaration");
                    ct = t;
                    if (tb.isInteger()) v = Consts.toIntExact(v);
                    if (tb.isFloat() && !(v instanceof Rat)) v = Rat.of(v);
                }
                out.add(new Sym.Const(id.name(), id.pos(), ct, v));
            }
            return out;
        } finally {
            c.iota = saved;
        }
    }

    private void localVarSpec(Decl.ValueSpec vs) {
        try {
            localVarSpec0(vs);
        } catch (CompileError e) {
            // with a declared type the variables keep it (var s string = bad)
            Type declared = null;
            try {
                declared = vs.type() == null ? null : c.ex.typeOf(vs.type());
            } catch (CompileError e2) {
                // reported
            }
            declareInvalid(vs.names(), declared);
            throw e;
        } finally {
            typesHolder.clear();
        }
    }

    /**
     * After a failed declaration the names still exist, with an invalid type and marked used, so
     * later statements get no "undefined" or "declared and not used" follow-on errors (types2
     * declares them and sets {@code used} for the same reason).
     */
    void declareInvalid(List<? extends Expr> names) {
        declareInvalid(names, null);
    }

    void declareInvalid(List<? extends Expr> names, Type declared) {
        for (Expr e : names) {
            if (!(e instanceof Expr.Ident id) || id.name().equals("_") || c.scope.lookupLocal(id.name()) != null) continue;
            Sym.Var v = new Sym.Var(id.name(), id.pos(), declared != null ? declared : Basic.INVALID, c.fn.newSlot(), c.fn, null);
            v.used = true;
            c.scope.declare(v);
        }
    }

    /** The value of the only right-hand side: a call with several results is a count mismatch. */
    Operand soleValue(Expr e, int nlhs) {
        Operand r = c.ex.expr(e);
        if (r.mode == Operand.Mode.TUPLE && Expr.unparen(e) instanceof Expr.Call call) {
            int n = ((Type.Tuple) r.type).types().size();
            throw c.fail(e.pos(), "assignment mismatch: " + count(nlhs, "variable") + " but " + ExprStr.of(call.fun()) + " returns " + count(n, "value"));
        }
        return c.ex.single(r);
    }

    static String count(int n, String unit) {
        return n + " " + unit + (n != 1 ? "s" : "");
    }

    private void localVarSpec0(Decl.ValueSpec vs) {
        Type t = vs.type() == null ? null : c.ex.typeOf(vs.type());
        List<Sym.Var> vars = new ArrayList<>();
        List<Ev> vals = new ArrayList<>();
        Ev pre = null;
        if (vs.values().isEmpty()) {
            if (t == null) throw c.fail(vs.pos(), "missing type or init expr");
            for (Expr.Ident id : vs.names()) {
                Type tt = t;
                Object z = Values.zero(tt);
                boolean copy = Values.needsCopy(tt);
                vals.add(copy ? f -> Values.zero(tt) : f -> z);
            }
        } else if (vs.values().size() == vs.names().size()) {
            for (Expr e : vs.values()) {
                Operand x = vs.values().size() == 1 ? soleValue(e, 1) : c.ex.value(e);
                if (t == null) {
                    if (x.mode == Operand.Mode.NIL) throw c.fail(e.pos(), "use of untyped nil in variable declaration");
                    x = c.ex.defaulted(x);
                    vals.add(c.ex.assign(x, x.type, "variable declaration"));
                    vars.add(null);
                    typesHolder.add(x.type);
                } else {
                    vals.add(c.ex.assign(x, t, "variable declaration"));
                }
            }
        } else if (vs.values().size() == 1) {
            Operand r = c.ex.expr(vs.values().get(0));
            Ev[] parts = multi(r, vs.names().size(), vs.values().get(0), vs.pos(), vs.names().size() + " variables");
            pre = partsPrelude(r);
            List<Type> ts = resultTypes(r, vs.names().size());
            for (int i = 0; i < parts.length; i++) {
                Type pt = ts.get(i) == Basic.UNTYPED_BOOL ? Basic.BOOL : ts.get(i);
                Operand part = Operand.value(vs.values().get(0), pt, parts[i]);
                part.fresh = true;
                vals.add(c.ex.assign(part, t == null ? pt : t, "variable declaration"));
                if (t == null) typesHolder.add(pt);
            }
        } else {
            throw c.fail(vs.values().get(0).pos(), "assignment mismatch: " + count(vs.names().size(), "variable") + " but " + count(vs.values().size(), "value"));
        }
        List<Ev> stores = new ArrayList<>();
        List<Sym.Var> declared = new ArrayList<>();
        for (int i = 0; i < vs.names().size(); i++) {
            Expr.Ident id = vs.names().get(i);
            Type vt = t != null ? t : typesHolder.get(i);
            if (id.name().equals("_")) {
                stores.add(vals.get(i));
                continue;
            }
            if (c.scope.lookupLocal(id.name()) != null) {
                c.error(id.pos(), c.redeclared(id.name(), c.scope.lookupLocal(id.name()).pos));
                continue;
            }
            Sym.Var v = new Sym.Var(id.name(), id.pos(), vt, c.fn.newSlot(), c.fn, null);
            declared.add(v);
            stores.add(declStore(v, vals.get(i)));
        }
        typesHolder.clear();
        for (Sym.Var v : declared) c.scope.declare(v);
        Ev p = pre;
        Ev[] st = stores.toArray(new Ev[0]);
        c.fn.emit(new Ins.Exec(f -> {
            if (p != null) p.ev(f);
            for (Ev e : st) e.ev(f);
            return null;
        }), vs.pos());
    }

    private final List<Type> typesHolder = new ArrayList<>();

    /** A package-level var spec: global cells, initialized in the package initializer. */
    void globalVarSpec(Decl.ValueSpec vs) {
        try {
            Type t = vs.type() == null ? null : c.ex.typeOf(vs.type());
            List<Ev> vals = new ArrayList<>();
            List<Type> ts = new ArrayList<>();
            Ev pre = null;
            if (!vs.values().isEmpty()) c.fn.stmt(vs.pos());
            if (vs.values().isEmpty()) {
                if (t == null) throw c.fail(vs.pos(), "missing type or init expr");
            } else if (vs.values().size() == vs.names().size()) {
                for (Expr e : vs.values()) {
                    Operand x = vs.values().size() == 1 ? soleValue(e, 1) : c.ex.value(e);
                    if (t == null) {
                        if (x.mode == Operand.Mode.NIL) throw c.fail(e.pos(), "use of untyped nil in variable declaration");
                        x = c.ex.defaulted(x);
                    }
                    Type vt = t != null ? t : x.type;
                    ts.add(vt);
                    vals.add(c.ex.assign(x, vt, "variable declaration"));
                }
            } else if (vs.values().size() == 1) {
                Operand r = c.ex.expr(vs.values().get(0));
                Ev[] parts = multi(r, vs.names().size(), vs.values().get(0), vs.pos(), vs.names().size() + " variables");
                pre = partsPrelude(r);
                List<Type> rts = resultTypes(r, vs.names().size());
                for (int i = 0; i < parts.length; i++) {
                    Type pt = rts.get(i) == Basic.UNTYPED_BOOL ? Basic.BOOL : rts.get(i);
                    Type vt = t != null ? t : pt;
                    ts.add(vt);
                    Operand part = Operand.value(vs.values().get(0), pt, parts[i]);
                    part.fresh = true;
                    vals.add(c.ex.assign(part, vt, "variable declaration"));
                }
            } else {
                throw c.fail(vs.values().get(0).pos(), "assignment mismatch: " + count(vs.names().size(), "variable") + " but " + count(vs.values().size(), "value"));
            }
            List<Ev> stores = new ArrayList<>();
            for (int i = 0; i < vs.names().size(); i++) {
                Expr.Ident id = vs.names().get(i);
                Type vt = t != null ? t : ts.get(i);
                Cell cell = Compiler.globalCell(vt);
                cell.addr = c.m.heap().alloc(Math.max(8, Values.sizeof(vt)));
                c.m.global(cell);
                if (!id.name().equals("_")) {
                    if (c.pkgScope.lookupLocal(id.name()) != null) {
                        c.error(id.pos(), c.redeclared(id.name(), c.pkgScope.lookupLocal(id.name()).pos));
                        continue;
                    }
                    Sym.Var v = new Sym.Var(id.name(), id.pos(), vt, -1, null, cell);
                    v.used = true;
                    c.pkgScope.declare(v);
                }
                if (!vals.isEmpty()) {
                    Ev val = vals.get(i);
                    stores.add(f -> {
                        cell.v = val.ev(f);
                        return null;
                    });
                }
            }
            if (!stores.isEmpty()) {
                Ev p = pre;
                Ev[] st = stores.toArray(new Ev[0]);
                c.fn.emit(new Ins.Exec(f -> {
                    if (p != null) p.ev(f);
                    for (Ev e : st) e.ev(f);
                    return null;
                }), vs.pos());
            }
        } catch (CompileError e) {
            for (Expr.Ident id : vs.names()) {
                if (!id.name().equals("_") && c.pkgScope.lookupLocal(id.name()) == null) {
                    Sym.Var v = new Sym.Var(id.name(), id.pos(), Basic.INVALID, -1, null, new Cell(null));
                    v.used = true;
                    c.pkgScope.declare(v);
                }
            }
        }
    }

    // ------------------------------------------------------------------ go, defer, return

    /** The whole call checked as an expression, for describing it in go/defer errors. */
    private Operand o0(Expr.Call call) {
        try {
            return c.ex.value(call);
        } catch (CompileError e) {
            return Operand.invalid(call);
        }
    }

    private void goDefer(Expr.Call call, boolean isGo) {
        String what = isGo ? "go" : "defer";
        Expr fun = Expr.unparen(call.fun());
        Operand f = c.ex.expr(call.fun());
        Ev fnEv;
        Ev[] args;
        if (f.mode == Operand.Mode.BUILTIN) {
            if (List.of("append", "cap", "len", "make", "new", "min", "max").contains(f.builtin)) {
                throw c.fail(call.pos(), what + " discards result of " + c.ex.describe(o0(call)));
            }
            // the arguments are evaluated now: the builtin later runs against a copy of the frame's slots
            Operand b = c.ex.calls.builtins.call(call, f.builtin);
            Ev body = b.ev;
            boolean isRecover = f.builtin.equals("recover");
            fnEv = fr -> {
                io.gopherscope.vm.Frame snap = new io.gopherscope.vm.Frame(fr.fn, null, fr.closure);
                System.arraycopy(fr.s, 0, snap.s, 0, fr.s.length);
                return (io.gopherscope.rt.NativeFunc) (ctx, a) -> {
                    if (!isRecover) body.ev(snap);
                    return null;
                };
            };
            args = new Ev[0];
        } else if (f.mode == Operand.Mode.TYPE) {
            throw c.fail(call.pos(), what + " requires function call, not conversion " + c.ex.describe(o0(call)));
        } else {
            CallC.Parts p = c.ex.calls.parts(call, f);
            args = p.args();
            if (p.staticTarget() instanceof FuncCode code) {
                io.gopherscope.vm.Closure cl = new io.gopherscope.vm.Closure(code, null);
                if (p.recv() != null) {
                    Ev re = p.recv();
                    fnEv = fr -> new io.gopherscope.vm.Closure(code, null, re.ev(fr));
                } else {
                    fnEv = fr -> cl;
                }
            } else if (p.staticTarget() instanceof io.gopherscope.rt.NativeFunc nf) {
                fnEv = fr -> nf;
            } else if (p.staticTarget() instanceof io.gopherscope.rt.NativeMethod nm) {
                Ev re = p.recv();
                fnEv = fr -> {
                    Object r = re.ev(fr);
                    return (io.gopherscope.rt.NativeFunc) (ctx, a) -> nm.call(ctx, r, a);
                };
            } else {
                fnEv = p.fn();
            }
        }
        Instr in = isGo ? new CallIns.Go(fnEv, args) : new CallIns.Defer(fnEv, args);
        in.label = isGo ? "newproc" : "defer";
        c.fn.emit(in, call.pos());
    }

    private void ret(Stmt.Return r) {
        FnCtx fn = c.fn;
        List<Sym.Var> results = fn.results;
        if (r.results().isEmpty()) {
            if (!results.isEmpty() && !fn.namedResults) {
                throw c.fail(r.pos(), "not enough return values\n\thave ()\n\twant " + tupleString(results));
            }
            fn.emit(new CallIns.Return(), r.pos()).label = "return";
            return;
        }
        if (results.isEmpty()) {
            throw c.fail(r.results().get(0).pos(), "too many return values\n\thave (" + typesOf(r.results()) + ")\n\twant ()");
        }
        List<Ev> stores = new ArrayList<>();
        if (r.results().size() == 1 && results.size() > 1) {
            Operand x = c.ex.expr(r.results().get(0));
            if (x.mode != Operand.Mode.TUPLE) {
                throw c.fail(r.results().get(0).pos(), "not enough return values\n\thave (" + typesOf(r.results()) + ")\n\twant " + tupleString(results));
            }
            Ev[] parts = multi(x, results.size(), r.results().get(0), r.pos(), "");
            List<Type> ts = ((Type.Tuple) x.type).types();
            for (int i = 0; i < results.size(); i++) {
                Operand part = Operand.value(r.results().get(0), ts.get(i), parts[i]);
                part.fresh = true;
                stores.add(resultStore(results.get(i), c.ex.assign(part, results.get(i).type, "return statement")));
            }
        } else {
            if (r.results().size() != results.size()) {
                String kind = r.results().size() < results.size() ? "not enough" : "too many";
                Pos p = r.results().size() < results.size() ? r.results().get(0).pos() : r.results().get(results.size()).pos();
                throw c.fail(p, kind + " return values\n\thave (" + typesOf(r.results()) + ")\n\twant " + tupleString(results));
            }
            List<Ev> vals = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                vals.add(c.ex.assign(c.ex.value(r.results().get(i)), results.get(i).type, "return statement"));
            }
            if (vals.size() == 1) {
                stores.add(resultStore(results.get(0), vals.get(0)));
            } else {
                int[] tmps = new int[vals.size()];
                for (int i = 0; i < tmps.length; i++) tmps[i] = fn.newSlot();
                Ev[] vs = vals.toArray(new Ev[0]);
                stores.add(f -> {
                    for (int i = 0; i < vs.length; i++) f.s[tmps[i]] = vs[i].ev(f);
                    return null;
                });
                for (int i = 0; i < results.size(); i++) {
                    int t = tmps[i];
                    stores.add(resultStore(results.get(i), f -> f.s[t]));
                }
            }
        }
        Ev[] st = stores.toArray(new Ev[0]);
        if (st.length == 1) {
            fn.emit(new Ins.Exec(st[0]), r.pos());
        } else {
            fn.emit(new Ins.Exec(f -> {
                for (Ev e : st) e.ev(f);
                return null;
            }), r.pos());
        }
        fn.emit(new CallIns.Return(), r.pos()).label = "return";
    }

    private Ev resultStore(Sym.Var v, Ev val) {
        int slot = v.slot;
        return f -> {
            Object x = val.ev(f);
            if (v.boxed) ((Cell) f.s[slot]).v = x;
            else f.s[slot] = x;
            return null;
        };
    }

    private String typesOf(List<Expr> es) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) sb.append(", ");
            try {
                Operand o = c.ex.expr(es.get(i));
                sb.append(o.isConst() && Types.isUntyped(o.type) ? "number" : String.valueOf(o.type));
            } catch (CompileError e) {
                sb.append("invalid type");
            }
        }
        return sb.toString();
    }

    private static String tupleString(List<Sym.Var> vs) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < vs.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(vs.get(i).type);
        }
        return sb.append(")").toString();
    }
}
