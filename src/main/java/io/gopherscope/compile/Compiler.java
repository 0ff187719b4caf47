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
    final Set<Integer> errorLines = new HashSet<>();
    final Scope universe;
    final Scope pkgScope;
    final Scope fileScope;
    final ExprC ex;
    final StmtC st;
    final Map<String, Decl.ValueSpec> pendingConsts = new HashMap<>();
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
        if (!errorLines.add(pos.line())) return;
        errors.add(new Diagnostic(pos.line(), pos.col(), msg));
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
                error(imp.pos(), "package " + imp.path() + " is not in std (Gopherscope allows fmt, strings, strconv, sort, errors, math, unicode, unicode/utf8, os, sync, sync/atomic, time, runtime)");
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
        for (Decl.ValueSpec vs : orderVars(vars)) {
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
                error(e.getValue(), "\"" + path + "\" imported " + (since(20) ? "and" : "but") + " not used");
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

    private boolean declareCheck(Scope s, Expr.Ident id) {
        Sym prev = s.lookupLocal(id.name());
        if (prev != null) {
            error(id.pos(), id.name() + " redeclared in this block");
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
        // method
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
            throw fail(rid.pos(), "cannot define new methods on non-local type " + rid.name());
        }
        if (n.underlying() instanceof Type.Pointer || n.underlying() instanceof Type.Interface) {
            throw fail(rid.pos(), "invalid receiver type " + rid.name() + " (pointer or interface type)");
        }
        if (n.method(name) != null) {
            throw fail(fd.name().pos(), "method " + n.name + "." + name + " already declared");
        }
        if (n.underlying() instanceof Type.Struct st && st.fieldIndex(name) >= 0) {
            throw fail(fd.name().pos(), "field and method with the same name " + name);
        }
        FuncCode code = new FuncCode(ptr ? "main.(*" + n.name + ")." + name : "main." + n.name + "." + name);
        code.sig = sig;
        code.line = fd.pos().line();
        n.methods.put(name, new Named.MethodDef(name, sig, ptr, code));
        codes.put(fd, code);
    }

    /** Orders package variable specs so that each comes after the variables it refers to. */
    private List<Decl.ValueSpec> orderVars(List<Decl.ValueSpec> vars) {
        Map<String, Decl.ValueSpec> byName = new HashMap<>();
        for (Decl.ValueSpec vs : vars) for (Expr.Ident id : vs.names()) byName.put(id.name(), vs);
        List<Decl.ValueSpec> out = new ArrayList<>();
        Set<Decl.ValueSpec> done = new HashSet<>();
        Set<Decl.ValueSpec> visiting = new HashSet<>();
        for (Decl.ValueSpec vs : vars) visitVar(vs, byName, done, visiting, out);
        return out;
    }

    private void visitVar(Decl.ValueSpec vs, Map<String, Decl.ValueSpec> byName, Set<Decl.ValueSpec> done,
                          Set<Decl.ValueSpec> visiting, List<Decl.ValueSpec> out) {
        if (done.contains(vs) || !visiting.add(vs)) return;
        Set<String> refs = new HashSet<>();
        for (Expr e : vs.values()) Idents.collect(e, refs);
        for (String r : refs) {
            Decl.ValueSpec dep = byName.get(r);
            if (dep != null && dep != vs) visitVar(dep, byName, done, visiting, out);
        }
        visiting.remove(vs);
        done.add(vs);
        out.add(vs);
    }

    /** A new global variable cell holding the zero value of t. */
    static Cell globalCell(Type t) {
        return new Cell(Values.zero(t));
    }
}
