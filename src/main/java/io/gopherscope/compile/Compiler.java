package io.gopherscope.compile;

import io.gopherscope.engine.Diagnostic;
import io.gopherscope.lang.ast.Decl;
import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.ast.Stmt;
import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.token.TokenKind;
import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.fmt.Package;
import io.gopherscope.rt.fmt.Stdlib;
import io.gopherscope.vm.FuncCode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Type-checks a file and lowers it to VM code in one pass per function, as gc's typecheck and
 * walk phases do in sequence: package-level names are collected first (types, functions,
 * methods, constants, variables), then variable initializers and function bodies are checked
 * and compiled. Errors are worded as gc words them, sorted, at most one per line, at most ten.
 */
public final class Compiler {
    final Ctx m;
    final int goMinor;
    final String fileName;
    final List<Diagnostic> errors = new ArrayList<>();
    final Set<String> errorLines = new HashSet<>();
    final Scope universe;
    final Scope pkgScope;
    final Scope fileScope;
    final ExprC ex;
    final StmtC st;
    final Map<String, Decl.ValueSpec> pendingConsts = new HashMap<>();
    /** This program's own copies of standard package variables (packages are shared by all runs). */
    private final Map<io.gopherscope.rt.fmt.Member.Var, Cell> packageVars = new java.util.IdentityHashMap<>();
    final Map<String, Object> constSpecIota = new HashMap<>();
    final Set<String> resolvingConsts = new HashSet<>();
    final Map<Sym.Pkg, Pos> imports = new LinkedHashMap<>();
    /** Current function and block while compiling bodies. */
    FnCtx fn;
    Scope scope;
    /** Value of iota while evaluating a constant spec (null outside constant declarations). */
    BigInteger iota;

    public Compiler(Ctx m, int goMinor, String fileName) {
        this.m = m;
        this.goMinor = goMinor;
        this.fileName = fileName;
        this.universe = Universe.build(goMinor);
        this.fileScope = new Scope(universe, null);
        this.pkgScope = new Scope(fileScope, null);
        this.ex = new ExprC(this);
        this.st = new StmtC(this);
    }

    public List<Diagnostic> errors() {
        List<Diagnostic> out = new ArrayList<>(errors);
        out.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.col(), b.col()));
        return out;
    }

    void error(Pos pos, String msg) {
        if (pos == null) pos = Pos.NONE;
        msg = unqualify(msg);
        // as gc's base.ErrorfAt: a line keeps one copy of a message, and several different ones
        if (!errorLines.add(pos.line() + "\u0000" + msg)) return;
        errors.add(new Diagnostic(pos.line(), pos.col(), msg));
    }

    /** Names of the types declared in package main (package level and local). */
    final Set<String> mainTypeNames = new HashSet<>();

    /**
     * types2 prints the checked package's own types unqualified ({@code T}, not {@code main.T}):
     * its qualifier drops the package being compiled. Our types print as %T does, so the
     * qualifier is removed here for the names declared in this file.
     */
    String unqualify(String msg) {
        if (!msg.contains("main.")) return msg;
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (true) {
            int j = msg.indexOf("main.", i);
            if (j < 0) break;
            int k = j + 5;
            int e = k;
            while (e < msg.length() && (Character.isLetterOrDigit(msg.charAt(e)) || msg.charAt(e) == '_')) e++;
            boolean boundary = j == 0 || !(Character.isLetterOrDigit(msg.charAt(j - 1)) || msg.charAt(j - 1) == '_' || msg.charAt(j - 1) == '.');
            sb.append(msg, i, j);
            if (!boundary || !mainTypeNames.contains(msg.substring(k, e))) sb.append("main.");
            i = k;
        }
        return sb.append(msg.substring(i)).toString();
    }

    /** Reports and abandons the current expression. */
    CompileError fail(Pos pos, String msg) {
        error(pos, msg);
        return new CompileError(pos, msg);
    }

    boolean since(int minor) {
        return goMinor >= minor;
    }

    // ------------------------------------------------------------------ package level

    public Program compile(Decl.File file) {
        boolean importsOs = false;
        for (Decl.ImportSpec imp : file.imports()) {
            Package p = Stdlib.lookup(imp.path());
            if (p == null) {
                error(imp.pos(), "package " + imp.path() + " is not in std (Gopherscope allows fmt, strings, bytes, strconv, sort, errors, math, unicode, unicode/utf8, os, sync, sync/atomic, time, runtime, unsafe)");
                // declare the name anyway (empty, marked used): its uses get no follow-on errors
                String bn = imp.name() != null ? imp.name().name() : imp.path().substring(imp.path().lastIndexOf('/') + 1);
                if (!bn.equals("_") && !bn.equals(".") && fileScope.lookupLocal(bn) == null) {
                    Sym.Pkg broken = new Sym.Pkg(bn, imp.pos(), new Package(imp.path()));
                    broken.used = true;
                    broken.broken = true;
                    fileScope.declare(broken);
                }
                continue;
            }
            if (imp.path().equals("fmt") || imp.path().equals("os")) importsOs = true;
            String name = imp.name() != null ? imp.name().name() : p.name;
            Sym.Pkg s = new Sym.Pkg(name, imp.pos(), p);
            if (name.equals("_")) continue;
            if (name.equals(".")) {
                error(imp.pos(), "dot imports are not supported");
                continue;
            }
            fileScope.declare(s);
            imports.put(s, imp.pos());
        }
        if (!file.pkgName().name().equals("main")) {
            error(file.pkgName().pos(), "package " + file.pkgName().name() + " is not a main package");
        }
        List<Decl.TypeSpec> typeSpecs = new ArrayList<>();
        List<Decl.FuncDecl> funcs = new ArrayList<>();
        List<Decl.ValueSpec> vars = new ArrayList<>();
        // 1. collect type names, constants, functions
        for (Decl d : file.decls()) {
            if (d instanceof Decl.GenDecl g) {
                for (Decl.Spec sp : g.specs()) {
                    if (sp instanceof Decl.TypeSpec ts) {
                        if (!declareCheck(pkgScope, ts.name())) continue;
                        Named n = new Named("main", ts.name().name(), null);
                        mainTypeNames.add(n.name);
                        pkgScope.declare(new Sym.TypeName(ts.name().name(), ts.name().pos(), ts.alias() ? null : n));
                        typeSpecs.add(ts);
                    } else if (sp instanceof Decl.ValueSpec vs && g.tok() == TokenKind.CONST) {
                        for (Expr.Ident id : vs.names()) {
                            if (id.name().equals("_")) continue;
                            if (!declareCheck(pkgScope, id)) continue;
                            pendingConsts.put(id.name(), vs);
                        }
                    } else if (sp instanceof Decl.ValueSpec vs) {
                        vars.add(vs);
                    }
                }
            } else if (d instanceof Decl.FuncDecl fd) {
                funcs.add(fd);
            }
        }
        scope = pkgScope;
        // 2. resolve type declarations
        for (Decl.TypeSpec ts : typeSpecs) {
            Sym.TypeName tn = (Sym.TypeName) pkgScope.lookupLocal(ts.name().name());
            try {
                if (ts.alias()) {
                    tn.type = ex.typeOf(ts.type());
                } else {
                    Named n = (Named) tn.type;
                    resolveNamed(n, ts);
                }
            } catch (CompileError e) {
                if (tn.type == null) tn.type = Basic.INVALID;
            }
        }
        // 2b. types that contain themselves by value
        Map<Named, Pos> declared = new LinkedHashMap<>();
        for (Decl.TypeSpec ts : typeSpecs) {
            if (pkgScope.lookupLocal(ts.name().name()) instanceof Sym.TypeName tn && tn.type instanceof Named n) {
                declared.put(n, ts.name().pos());
            }
        }
        checkCycles(declared);
        // 3. constants
        for (String name : new ArrayList<>(pendingConsts.keySet())) {
            resolveConst(name);
        }
        // 4. function and method signatures
        Map<Decl.FuncDecl, FuncCode> codes = new LinkedHashMap<>();
        List<FuncCode> inits = new ArrayList<>();
        for (Decl.FuncDecl fd : funcs) {
            try {
                declareFunc(fd, codes, inits);
            } catch (CompileError e) {
                // reported
            }
        }
        // 5. package variables and their initializers, in dependency order
        FuncCode init = new FuncCode("main.init");
        FnCtx initFn = new FnCtx(init, null, new Type.Signature(List.of(), List.of(), false));
        fn = initFn;
        scope = new Scope(pkgScope, initFn);
        for (Decl.ValueSpec vs : orderVars(vars, funcs)) {
            st.globalVarSpec(vs);
        }
        for (FuncCode ic : inits) {
            emitInitCall(initFn, ic);
        }
        FuncCode initCode = initFn.instrs.isEmpty() ? null : st.finish(initFn);
        // 6. function bodies
        for (Map.Entry<Decl.FuncDecl, FuncCode> e : codes.entrySet()) {
            st.funcBody(e.getKey(), e.getValue());
        }
        // 7. unused imports
        for (Map.Entry<Sym.Pkg, Pos> e : imports.entrySet()) {
            if (!e.getKey().used) {
                String path = e.getKey().pkg.path;
                // types2's errorUnusedPkg; go1.19 used the compiler's wording
                String name = e.getKey().name;
                String elem = path.substring(path.lastIndexOf('/') + 1);
                boolean renamed = !name.equals(elem);
                error(e.getValue(), since(20)
                        ? "\"" + path + "\" imported" + (renamed ? " as " + name : "") + " and not used"
                        : "imported and not used: \"" + path + "\"" + (renamed ? " as " + name : ""));
            }
        }
        Sym main = pkgScope.lookupLocal("main");
        FuncCode mainCode = null;
        if (main instanceof Sym.Func f) {
            mainCode = f.code;
        } else if (errors.isEmpty()) {
            error(new Pos(1, 1), "function main is undeclared in the main package");
        }
        return new Program(mainCode, initCode, importsOs ? 6 : 5);
    }

    private void emitInitCall(FnCtx initFn, FuncCode ic) {
        initFn.emit(new io.gopherscope.vm.CallIns.CallStatic(ic, new io.gopherscope.vm.Ev[0], null), null);
    }

    private final Map<String, Pos> methodPos = new HashMap<>();

    /**
     * Reports types that contain themselves by value (types2's validType/cycleError) and makes
     * them invalid, so later stages never build an infinite value.
     */
    void checkCycles(Map<Named, Pos> declared) {
        Set<Named> bad = new HashSet<>();
        for (Named start : declared.keySet()) {
            if (bad.contains(start)) continue;
            List<Named> path = new ArrayList<>();
            List<Named> cycle = findCycle(start, start.rawUnderlying(), path, new HashSet<>());
            if (cycle == null) continue;
            bad.addAll(cycle);
            Named first = cycle.get(0);
            StringBuilder sb = new StringBuilder();
            if (since(20) && cycle.size() == 1) {
                sb.append("invalid recursive type: ").append(first.name).append(" refers to itself");
            } else {
                sb.append("invalid recursive type ").append(first.name);
                for (int i = 0; i < cycle.size(); i++) {
                    Named t = cycle.get(i);
                    sb.append("\n\t").append(at(declared.get(t))).append(": ").append(t.name).append(" refers to");
                    if (since(20)) sb.append(' ').append(cycle.get((i + 1) % cycle.size()).name);
                }
                if (!since(20)) sb.append("\n\t").append(at(declared.get(first))).append(": ").append(first.name);
            }
            error(declared.get(first), sb.toString());
        }
        for (Named n : bad) n.setUnderlying(Basic.INVALID);
    }

    /** The cycle through {@code start} reachable by value from {@code t}, in declaration order. */
    private List<Named> findCycle(Named start, Type t, List<Named> path, Set<Named> seen) {
        if (t == null) return null;
        if (t instanceof Named n) {
            if (n == start) return new ArrayList<>(path.isEmpty() ? List.of(start) : prepend(start, path));
            if (!"main".equals(n.pkg) || !seen.add(n)) return null;
            path.add(n);
            List<Named> r = findCycle(start, n.rawUnderlying(), path, seen);
            path.remove(path.size() - 1);
            return r;
        }
        if (t instanceof Type.Struct st) {
            for (Type.Field f : st.fields()) {
                List<Named> r = findCycle(start, f.type(), path, seen);
                if (r != null) return r;
            }
        } else if (t instanceof Type.Array a) {
            return findCycle(start, a.elem(), path, seen);
        }
        return null;
    }

    private static List<Named> prepend(Named first, List<Named> rest) {
        List<Named> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /** A position inside a message, as gc prints it: {@code prog.go:7:12}. */
    String at(Pos p) {
        return p == null ? fileName : fileName + ":" + p.line() + ":" + p.col();
    }

    /** types2's "x redeclared in this block" with the other declaration on the next line. */
    String redeclared(String name, Pos other) {
        return name + " redeclared in this block" + (other != null && other.line() > 0 ? "\n\t" + at(other) + ": other declaration of " + name : "");
    }

    private boolean declareCheck(Scope s, Expr.Ident id) {
        Sym prev = s.lookupLocal(id.name());
        if (prev != null) {
            error(id.pos(), redeclared(id.name(), prev.pos));
            return false;
        }
        return true;
    }

    private void resolveNamed(Named n, Decl.TypeSpec ts) {
        n.setUnderlying(Basic.INVALID);
        Type u = ex.typeOf(ts.type());
        if (u instanceof Named un) {
            // type T U: T gets U's underlying type but not its methods
            n.setUnderlying(un.underlying() == null ? Basic.INVALID : un.underlying());
        } else {
            n.setUnderlying(u);
        }
    }

    /** Evaluates a package-level constant on first use (constants may refer to later ones). */
    Sym.Const resolveConst(String name) {
        Sym existing = pkgScope.lookupLocal(name);
        if (existing instanceof Sym.Const c) return c;
        Decl.ValueSpec vs = pendingConsts.get(name);
        if (vs == null) return null;
        if (!resolvingConsts.add(name)) {
            throw fail(vs.pos(), "initialization cycle or invalid recursive constant " + name);
        }
        Scope savedScope = scope;
        FnCtx savedFn = fn;
        BigInteger savedIota = iota;
        scope = pkgScope;
        try {
            List<Sym.Const> cs = st.constSpec(vs, false);
            for (Sym.Const c : cs) {
                if (c.name.equals("_")) continue;
                pkgScope.declare(c);
                pendingConsts.remove(c.name);
            }
        } catch (CompileError e) {
            for (Expr.Ident id : vs.names()) {
                if (pkgScope.lookupLocal(id.name()) == null) {
                    pkgScope.declare(new Sym.Const(id.name(), id.pos(), Basic.INVALID, BigInteger.ZERO));
                }
                pendingConsts.remove(id.name());
            }
        } finally {
            scope = savedScope;
            fn = savedFn;
            iota = savedIota;
            resolvingConsts.remove(name);
        }
        return (Sym.Const) pkgScope.lookupLocal(name);
    }

    private void declareFunc(Decl.FuncDecl fd, Map<Decl.FuncDecl, FuncCode> codes, List<FuncCode> inits) {
        String name = fd.name().name();
        Type.Signature sig = ex.signature(fd.type());
        if (fd.recv() == null) {
            if (name.equals("init")) {
                if (!sig.params().isEmpty() || !sig.results().isEmpty()) {
                    error(fd.name().pos(), "func init must have no arguments and no return values");
                }
                FuncCode code = new FuncCode("main.init." + (inits.size()));
                code.sig = sig;
                code.line = fd.pos().line();
                codes.put(fd, code);
                inits.add(code);
                return;
            }
            if (name.equals("main") && (!sig.params().isEmpty() || !sig.results().isEmpty())) {
                error(fd.name().pos(), "func main must have no arguments and no return values");
            }
            if (name.equals("_")) return;
            if (!declareCheck(pkgScope, fd.name())) return;
            FuncCode code = new FuncCode("main." + name);
            code.sig = sig;
            code.line = fd.pos().line();
            pkgScope.declare(new Sym.Func(name, fd.name().pos(), code, sig));
            if (fd.body() == null) {
                error(fd.name().pos(), "missing function body");
                return;
            }
            codes.put(fd, code);
            return;
        }
        // method; types2 reports receiver errors at the receiver (its name, if it has one)
        Pos recvPos = fd.recv().names().isEmpty() ? fd.recv().type().pos() : fd.recv().names().get(0).pos();
        Expr rt = fd.recv().type();
        boolean ptr = false;
        if (rt instanceof Expr.Star s) {
            ptr = true;
            rt = s.x();
        }
        rt = Expr.unparen(rt);
        if (!(rt instanceof Expr.Ident rid)) {
            throw fail(rt.pos(), "invalid receiver type " + ExprStr.of(rt));
        }
        Sym ts = pkgScope.lookup(rid.name());
        if (!(ts instanceof Sym.TypeName tn) || !(tn.type instanceof Named n) || !"main".equals(n.pkg)) {
            if (ts == null) throw fail(rid.pos(), "undefined: " + rid.name());
            throw fail(recvPos, "cannot define new methods on non-local type " + rid.name());
        }
        if (n.underlying() instanceof Type.Pointer || n.underlying() instanceof Type.Interface) {
            throw fail(recvPos, "invalid receiver type " + rid.name() + " (pointer or interface type)");
        }
        String key = n.name + "." + name;
        if (n.method(name) != null) {
            Pos other = methodPos.get(key);
            throw fail(fd.name().pos(), since(20)
                    ? "method " + key + " already declared at " + at(other)
                    : key + " redeclared in this block\n\t" + at(other) + ": other declaration of " + name);
        }
        if (n.underlying() instanceof Type.Struct st && st.fieldIndex(name) >= 0) {
            throw fail(fd.name().pos(), "field and method with the same name " + name);
        }
        methodPos.put(key, fd.name().pos());
        FuncCode code = new FuncCode(ptr ? "main.(*" + n.name + ")." + name : "main." + n.name + "." + name);
        code.sig = sig;
        code.line = fd.pos().line();
        n.methods.put(name, new Named.MethodDef(name, sig, ptr, code));
        codes.put(fd, code);
    }

    /** Orders package variable specs so that each comes after the variables it refers to. */
    /**
     * The spec's order of package variable initialization: repeatedly the earliest variable in
     * declaration order that is ready, that is, whose initializer refers (directly, or through the
     * functions and methods it refers to, transitively) to no variable still uninitialized. In a
     * cycle (gc refuses those) the remaining variables keep declaration order.
     */
    private List<Decl.ValueSpec> orderVars(List<Decl.ValueSpec> vars, List<Decl.FuncDecl> funcs) {
        Map<String, Decl.ValueSpec> byName = new HashMap<>();
        for (Decl.ValueSpec vs : vars) for (Expr.Ident id : vs.names()) byName.put(id.name(), vs);
        Map<String, List<Decl.FuncDecl>> bodies = new HashMap<>();
        for (Decl.FuncDecl fd : funcs) {
            if (fd.body() == null) continue;
            String key = fd.recv() == null ? fd.name().name() : "." + fd.name().name();
            bodies.computeIfAbsent(key, k -> new ArrayList<>()).add(fd);
        }
        Map<Decl.ValueSpec, Set<Decl.ValueSpec>> deps = new HashMap<>();
        for (Decl.ValueSpec vs : vars) {
            Set<String> refs = new HashSet<>();
            for (Expr e : vs.values()) Idents.collect(e, refs);
            java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>(refs);
            Set<Decl.FuncDecl> seen = new HashSet<>();
            while (!work.isEmpty()) {
                for (Decl.FuncDecl fd : bodies.getOrDefault(work.pop(), List.of())) {
                    if (!seen.add(fd)) continue;
                    Set<String> more = new HashSet<>();
                    Idents.collectStmt(fd.body(), more);
                    for (String m : more) if (refs.add(m)) work.push(m);
                }
            }
            Set<Decl.ValueSpec> d = new HashSet<>();
            for (String r : refs) {
                Decl.ValueSpec dep = byName.get(r);
                if (dep != null && dep != vs) d.add(dep);
            }
            deps.put(vs, d);
        }
        List<Decl.ValueSpec> out = new ArrayList<>();
        Set<Decl.ValueSpec> done = new HashSet<>();
        while (out.size() < vars.size()) {
            Decl.ValueSpec next = null;
            for (Decl.ValueSpec vs : vars) {
                if (!done.contains(vs) && done.containsAll(deps.get(vs))) {
                    next = vs;
                    break;
                }
            }
            if (next == null) {
                for (Decl.ValueSpec vs : vars) {
                    if (!done.contains(vs)) {
                        next = vs;
                        break;
                    }
                }
            }
            done.add(next);
            out.add(next);
        }
        return out;
    }

    /**
     * The cell of a standard package variable ({@code os.Args}, {@code os.ErrNotExist}) for this
     * program: a copy made on first use, so a program that assigns to one changes only its own run.
     */
    Cell packageVar(io.gopherscope.rt.fmt.Member.Var v) {
        return packageVars.computeIfAbsent(v, k -> {
            Object val = k.cell().v;
            if (val instanceof io.gopherscope.rt.slices.Slice sl) {
                val = io.gopherscope.rt.fmt.StdTypes.newSlice(m, sl.array.elem, io.gopherscope.rt.fmt.StdTypes.elems(sl));
            } else {
                val = Values.copy(val);
            }
            Cell cell = new Cell(val);
            cell.addr = k.cell().addr;
            m.global(cell);
            return cell;
        });
    }

    /** A new global variable cell holding the zero value of t. */
    static Cell globalCell(Type t) {
        return new Cell(Values.zero(t));
    }
}
