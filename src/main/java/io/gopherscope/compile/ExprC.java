package io.gopherscope.compile;

import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.scanner.Literals;
import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.token.TokenKind;
import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.lang.types.Types;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.fmt.Member;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.maps.GoMap;
import io.gopherscope.rt.maps.Maps;
import io.gopherscope.rt.slices.Bounds;
import io.gopherscope.rt.slices.Slice;
import io.gopherscope.vm.Ev;
import io.gopherscope.vm.Frame;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Checks expressions and compiles them to {@link Ev} trees ({@code go/types} expr.go plus the
 * lowering). Calls and receives inside an expression are emitted as instructions into the
 * current function first; the expression then reads their result slots.
 *
 * <p>Size: over 600 lines because identifiers, selectors, indexing and assignability share the
 * operand plumbing; the planned split moves selectors and index/slice expressions out.
 */
final class ExprC {
    final Compiler c;
    final TypeC types;
    final OpsC ops;
    final CallC calls;
    final LitC lits;
    final Types.MethodSetLookup lookup;

    ExprC(Compiler c) {
        this.c = c;
        this.types = new TypeC(c);
        this.ops = new OpsC(c, this);
        this.calls = new CallC(c, this);
        this.lits = new LitC(c, this);
        this.lookup = (t, name) -> {
            Object sel = Lookup.find(t, name);
            if (sel instanceof Lookup.MethodSel ms) {
                if (ms.ifaceMethod() != null) return ms.ifaceMethod().sig();
                if (ms.def().pointerRecv && !(t instanceof Type.Pointer) && !embeddedPointerPath(t, ms.path())) return null;
                return ms.def().sig;
            }
            return null;
        };
    }

    /** Whether an embedded path goes through a pointer field (making pointer methods reachable from a value). */
    private static boolean embeddedPointerPath(Type t, int[] path) {
        Type cur = t;
        for (int idx : path) {
            Type.Struct s = (Type.Struct) (cur instanceof Type.Pointer p ? p.elem() : cur).underlying();
            Type ft = s.fields().get(idx).type();
            if (ft instanceof Type.Pointer) return true;
            cur = ft;
        }
        return false;
    }

    Type typeOf(Expr e) {
        return types.typeOf(e);
    }

    Type.Signature signature(Expr.FuncType ft) {
        return types.signature(ft);
    }

    // ------------------------------------------------------------------ entry points

    /** Checks an expression that must have a single value. */
    Operand value(Expr e) {
        Operand x = expr(e);
        return single(x);
    }

    /**
     * Marks the variables that expressions mention as used without compiling them (types2's
     * {@code use}, for the arguments of a call it rejects), so no "declared and not used" follows.
     */
    void use(java.util.List<Expr> exprs) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Expr e : exprs) Idents.collect(e, names);
        for (String n : names) if (c.scope.lookup(n) instanceof Sym.Var v) v.used = true;
    }

    Operand single(Operand x) {
        switch (x.mode) {
            case NOVALUE -> throw c.fail(x.node.pos(), ExprStr.of(x.node) + " (no value) used as value");
            case TYPE -> throw c.fail(x.node.pos(), ExprStr.of(x.node) + " (type) is not an expression");
            case BUILTIN -> throw c.fail(x.node.pos(), ExprStr.of(x.node) + (c.since(20) ? " (built-in function " + x.builtin + ")" : " (built-in)") + " must be called");
            case PKG -> throw c.fail(x.node.pos(), "use of package " + x.pkg.name + (c.since(20) ? " without selector" : " not in selector"));
            case TUPLE -> throw c.fail(x.node.pos(), "multiple-value " + ExprStr.of(x.node) + " (value of type " + x.type + ") in single-value context");
            case COMMAOK -> {
                Ev both = x.okEv;
                Operand v = Operand.value(x.node, x.type, x.ev != null ? x.ev : f -> ((Object[]) both.ev(f))[0]);
                return v;
            }
            default -> {
                return x;
            }
        }
    }

    /** Checks an expression and returns its operand in any mode. */
    Operand expr(Expr e) {
        try {
            return expr0(e);
        } catch (CompileError err) {
            throw err;
        } catch (StackOverflowError so) {
            throw c.fail(e.pos(), "expression too deeply nested");
        }
    }

    private Operand expr0(Expr e) {
        switch (e) {
            case Expr.Ident id -> {
                return ident(id);
            }
            case Expr.BasicLit lit -> {
                return basicLit(lit);
            }
            case Expr.Paren p -> {
                Operand x = expr(p.x());
                x.node = e;
                return x;
            }
            case Expr.Selector s -> {
                return selector(s);
            }
            case Expr.Index ix -> {
                return index(ix);
            }
            case Expr.SliceExpr s -> {
                return sliceExpr(s);
            }
            case Expr.Star s -> {
                return star(s);
            }
            case Expr.Unary u -> {
                return ops.unary(u);
            }
            case Expr.Binary b -> {
                return ops.binary(b);
            }
            case Expr.Call call -> {
                return calls.call(call);
            }
            case Expr.TypeAssert ta -> {
                return typeAssert(ta);
            }
            case Expr.CompositeLit cl -> {
                return lits.composite(cl, null);
            }
            case Expr.FuncLit fl -> {
                return lits.funcLit(fl);
            }
            case Expr.KeyValue kv -> throw c.fail(kv.pos(), "unexpected key:value expression");
            case Expr.Bad b -> throw new CompileError(b.pos(), "bad expression");
            default -> {
                Operand o = new Operand();
                o.mode = Operand.Mode.TYPE;
                o.type = typeOf(e);
                o.node = e;
                return o;
            }
        }
    }

    // ------------------------------------------------------------------ identifiers and literals

    private Operand ident(Expr.Ident id) {
        String name = id.name();
        if (name.equals("_")) throw c.fail(id.pos(), "cannot use _ as value");
        Sym s = c.scope.lookup(name);
        if (s == null && c.pendingConsts.containsKey(name)) s = c.resolveConst(name);
        if (s == null) throw c.fail(id.pos(), "undefined: " + name);
        switch (s) {
            case Sym.Var v -> {
                v.used = true;
                return varOperand(id, v);
            }
            case Sym.Const k -> {
                k.used = true;
                if (k.name.equals("iota") && c.universe.lookupLocal("iota") == k) {
                    if (c.iota == null) throw c.fail(id.pos(), "cannot use iota outside constant declaration");
                    return Operand.constant(id, Basic.UNTYPED_INT, c.iota);
                }
                if (k.type == Basic.INVALID) throw new CompileError(id.pos(), "invalid constant");
                return Operand.constant(id, k.type, k.value);
            }
            case Sym.TypeName tn -> {
                Operand o = new Operand();
                o.mode = Operand.Mode.TYPE;
                o.type = tn.type;
                o.node = id;
                return o;
            }
            case Sym.Func fn -> {
                Operand o = Operand.value(id, fn.sig, null);
                io.gopherscope.vm.FuncCode code = fn.code;
                io.gopherscope.vm.Closure cl = new io.gopherscope.vm.Closure(code, null);
                o.ev = f -> cl;
                return o;
            }
            case Sym.Pkg p -> {
                Operand o = new Operand();
                o.mode = Operand.Mode.PKG;
                o.pkg = p;
                o.node = id;
                p.used = true;
                return o;
            }
            case Sym.Builtin b -> {
                Operand o = new Operand();
                o.mode = Operand.Mode.BUILTIN;
                o.builtin = b.name;
                o.node = id;
                return o;
            }
            case Sym.Nil n -> {
                Operand o = new Operand();
                o.mode = Operand.Mode.NIL;
                o.type = Basic.UNTYPED_NIL;
                o.ev = f -> null;
                o.node = id;
                return o;
            }
        }
    }

    /** Reads, stores and addresses of a variable that lives in a fixed heap cell (package-level variables). */
    private static void inCell(Operand o, Cell cell) {
        o.ev = f -> cell.v;
        Pointer p = new Pointer.ToCell(cell);
        o.lv = new Operand.LValue() {
            public Ev store(Ev rhs) {
                return f -> {
                    cell.v = rhs.ev(f);
                    return null;
                };
            }

            public Ev addr() {
                return f -> p;
            }
        };
    }

    /** A variable read/write operand: local slot, boxed cell, captured cell or global cell. */
    Operand varOperand(Expr node, Sym.Var v) {
        Operand o = new Operand();
        o.mode = Operand.Mode.VAR;
        o.type = v.type;
        o.node = node;
        o.var = v;
        if (v.global != null) {
            inCell(o, v.global);
            return o;
        }
        if (v.owner != c.fn) {
            // captured by a function literal: always through the closure's cell
            int k = c.fn.capture(v);
            v.boxed = true;
            o.ev = f -> ((Cell) f.closure.captured[k]).v;
            o.lv = new Operand.LValue() {
                public Ev store(Ev rhs) {
                    return f -> {
                        ((Cell) f.closure.captured[k]).v = rhs.ev(f);
                        return null;
                    };
                }

                public Ev addr() {
                    return f -> new Pointer.ToCell((Cell) f.closure.captured[k]);
                }
            };
            return o;
        }
        int slot = v.slot;
        o.ev = f -> {
            Object x = f.s[slot];
            return v.boxed ? ((Cell) x).v : x;
        };
        o.lv = new Operand.LValue() {
            public Ev store(Ev rhs) {
                return f -> {
                    Object val = rhs.ev(f);
                    if (v.boxed) ((Cell) f.s[slot]).v = val;
                    else f.s[slot] = val;
                    return null;
                };
            }

            public Ev addr() {
                v.boxed = true;
                return f -> new Pointer.ToCell((Cell) f.s[slot]);
            }
        };
        return o;
    }

    private Operand basicLit(Expr.BasicLit lit) {
        try {
            return switch (lit.kind()) {
                case INT -> Operand.constant(lit, Basic.UNTYPED_INT, Literals.parseInt(lit.value()));
                case FLOAT -> Operand.constant(lit, Basic.UNTYPED_FLOAT, Literals.parseFloat(lit.value()));
                case CHAR -> Operand.constant(lit, Basic.UNTYPED_RUNE, BigInteger.valueOf(Literals.unquoteRune(lit.value())));
                case STRING -> Operand.constant(lit, Basic.UNTYPED_STRING, Literals.unquoteString(lit.value()));
                default -> throw c.fail(lit.pos(), "complex numbers are not supported");
            };
        } catch (CompileError e) {
            throw e;
        } catch (RuntimeException e) {
            throw c.fail(lit.pos(), "invalid literal " + lit.value());
        }
    }

    // ------------------------------------------------------------------ selectors

    private Operand selector(Expr.Selector s) {
        String name = s.sel().name();
        if (s.x() instanceof Expr.Ident pid && c.scope.lookup(pid.name()) instanceof Sym.Pkg pkg) {
            pkg.used = true;
            Member mb = pkg.pkg.get(name);
            if (pkg.broken) throw new CompileError(s.sel().pos(), "refused import");
            if (mb == null || !Character.isUpperCase(name.charAt(0))) {
                throw c.fail(s.sel().pos(), "undefined: " + pid.name() + "." + name);
            }
            switch (mb) {
                case Member.Func fn -> {
                    Operand o = Operand.value(s, fn.sig(), f -> fn.impl());
                    return o;
                }
                case Member.Const k -> {
                    return Operand.constant(s, k.type(), k.value());
                }
                case Member.Var v -> {
                    Operand o = new Operand();
                    o.mode = Operand.Mode.VAR;
                    o.type = v.type();
                    o.node = s;
                    inCell(o, c.packageVar(v));
                    return o;
                }
                case Member.TypeName tn -> {
                    Operand o = new Operand();
                    o.mode = Operand.Mode.TYPE;
                    o.type = tn.type();
                    o.node = s;
                    return o;
                }
                case Member.Builtin b -> {
                    Operand o = new Operand();
                    o.mode = Operand.Mode.BUILTIN;
                    o.builtin = b.name();
                    o.node = s;
                    return o;
                }
            }
        }
        Operand x = expr(s.x());
        if (x.mode == Operand.Mode.TYPE) {
            return calls.methodExpr(s, x.type);
        }
        x = single(x);
        Object sel = Lookup.find(x.type, name);
        if (sel == null || sel == Lookup.AMBIGUOUS) {
            String what = x.type.underlying() instanceof Type.Pointer pp && pp.elem().underlying() instanceof Type.Pointer
                    ? "" : "";
            if (sel == Lookup.AMBIGUOUS) throw c.fail(s.sel().pos(), "ambiguous selector " + ExprStr.of(s));
            if (x.type instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Interface) {
                throw c.fail(s.sel().pos(), ExprStr.of(s) + " undefined (type " + x.type + " is pointer to interface, not interface)");
            }
            // a differently capitalized name: "but does have Len" (go1.19-1.21), "but does have method Len" (go1.22+)
            String hint = "";
            if (!name.isEmpty()) {
                int r = name.codePointAt(0);
                String other = new String(Character.toChars(Character.isUpperCase(r) ? Character.toLowerCase(r) : Character.toUpperCase(r)))
                        + name.substring(Character.charCount(r));
                Object alt = Lookup.find(x.type, other);
                if (alt instanceof Lookup.FieldSel || alt instanceof Lookup.MethodSel) {
                    hint = ", but does have " + (c.since(22) ? (alt instanceof Lookup.FieldSel ? "field " : "method ") : "") + other;
                }
            }
            throw c.fail(s.sel().pos(), ExprStr.of(s) + " undefined (type " + x.type + " has no field or method " + name + hint + ")" + what);
        }
        if (sel instanceof Lookup.FieldSel fs) {
            return fieldOperand(s, x, fs);
        }
        return calls.methodValue(s, x, (Lookup.MethodSel) sel);
    }

    /** {@code x.f} through the embedded path: dereferencing pointers, keeping addressability. */
    Operand fieldOperand(Expr node, Operand x, Lookup.FieldSel fs) {
        int[] path = fs.path();
        Type cur = x.type;
        Ev base = x.ev;
        boolean addressable = x.mode == Operand.Mode.VAR;
        // Compile-time supplier of code computing a pointer to the current struct. Asking for it
        // takes the address of the base variable (which then lives in a heap cell), so it is only
        // called when the field's address is really needed.
        java.util.function.Supplier<Ev> addrSup = null;
        if (cur.underlying() instanceof Type.Pointer) {
            addressable = true;
        } else if (addressable && x.lv != null) {
            Operand.LValue lv = x.lv;
            addrSup = lv::addr;
        }
        Ev objEv = base;
        Type t = cur;
        for (int i = 0; i < path.length; i++) {
            int idx = path[i];
            boolean viaPtr = t.underlying() instanceof Type.Pointer;
            Type st = viaPtr ? ((Type.Pointer) t.underlying()).elem() : t;
            Type.Struct struct = (Type.Struct) st.underlying();
            Type ft = struct.fields().get(idx).type();
            long off = Values.fieldOffset(struct, idx);
            final Ev prevObj = objEv;
            if (viaPtr) {
                objEv = f -> {
                    Pointer p = (Pointer) prevObj.ev(f);
                    if (p == null) throw GoPanic.nilDeref();
                    return ((GoStruct) p.load()).f[idx];
                };
                addrSup = () -> f -> {
                    Pointer p = (Pointer) prevObj.ev(f);
                    if (p == null) throw GoPanic.nilDeref();
                    return new Pointer.ToField(p, idx, off);
                };
            } else {
                objEv = f -> ((GoStruct) prevObj.ev(f)).f[idx];
                final java.util.function.Supplier<Ev> prevSup = addrSup;
                addrSup = prevSup == null ? null : () -> {
                    Ev pe = prevSup.get();
                    return f -> new Pointer.ToField((Pointer) pe.ev(f), idx, off);
                };
            }
            t = ft;
        }
        Operand o = new Operand();
        o.type = t;
        o.node = node;
        o.ev = objEv;
        if (addressable && addrSup != null) {
            o.mode = Operand.Mode.VAR;
            final java.util.function.Supplier<Ev> pe = addrSup;
            final int last = path[path.length - 1];
            // store: find the struct object holding the field and write in place
            final Ev holder = structHolder(x, path);
            o.lv = new Operand.LValue() {
                public Ev store(Ev rhs) {
                    return f -> {
                        GoStruct gs = (GoStruct) holder.ev(f);
                        gs.f[last] = rhs.ev(f);
                        return null;
                    };
                }

                public Ev addr() {
                    return pe.get();
                }
            };
        } else {
            o.mode = Operand.Mode.VALUE;
        }
        return o;
    }

    /** The struct object whose field path[last] is the selected field. */
    private Ev structHolder(Operand x, int[] path) {
        Ev cur = x.ev;
        Type t = x.type;
        for (int i = 0; i < path.length; i++) {
            boolean viaPtr = t.underlying() instanceof Type.Pointer;
            Type st = viaPtr ? ((Type.Pointer) t.underlying()).elem() : t;
            final Ev prev = cur;
            Ev obj = viaPtr ? f -> {
                Pointer p = (Pointer) prev.ev(f);
                if (p == null) throw GoPanic.nilDeref();
                return p.load();
            } : prev;
            if (i == path.length - 1) return obj;
            int idx = path[i];
            cur = f -> ((GoStruct) obj.ev(f)).f[idx];
            t = ((Type.Struct) st.underlying()).fields().get(idx).type();
        }
        return cur;
    }

    // ------------------------------------------------------------------ index and slice

    private Operand index(Expr.Index ix) {
        Operand x = value(ix.x());
        Type u = x.type.underlying();
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array) {
            // automatic dereference of a pointer to array
            Ev pe = x.ev;
            Operand d = Operand.value(ix.x(), p.elem(), f -> {
                Pointer ptr = (Pointer) pe.ev(f);
                if (ptr == null) throw GoPanic.nilDeref();
                return ptr.load();
            });
            d.mode = Operand.Mode.VAR;
            d.lv = new Operand.LValue() {
                public Ev store(Ev rhs) {
                    return f -> {
                        ((Pointer) pe.ev(f)).store(rhs.ev(f));
                        return null;
                    };
                }

                public Ev addr() {
                    return pe;
                }
            };
            x = d;
            u = p.elem().underlying();
        }
        if (u instanceof Type.Map mt) {
            Ev key = assign(value(ix.index()), mt.key(), "map index");
            Ev mp = x.ev;
            Operand o = new Operand();
            o.mode = Operand.Mode.MAPINDEX;
            o.mapEv = mp;
            o.type = mt.elem();
            o.node = ix;
            io.gopherscope.rt.Ctx ctx = c.m;
            o.ev = f -> Maps.get(ctx, (GoMap) mp.ev(f), key.ev(f), mt);
            o.okEv = f -> {
                GoMap m = (GoMap) mp.ev(f);
                Object k = key.ev(f);
                if (m == null) return new Object[]{Values.zero(mt.elem()), Boolean.FALSE};
                Object v = m.access(ctx, k);
                return v == GoMap.ABSENT ? new Object[]{Values.zero(mt.elem()), Boolean.FALSE} : new Object[]{v, Boolean.TRUE};
            };
            o.lv = new Operand.LValue() {
                public Ev store(Ev rhs) {
                    return f -> {
                        GoMap m = (GoMap) mp.ev(f);
                        Object k = key.ev(f);
                        Object v = rhs.ev(f);
                        Maps.put(ctx, m, k, v);
                        return null;
                    };
                }

                public Ev addr() {
                    return null;
                }
            };
            return o;
        }
        Operand i = value(ix.index());
        Ev idx = indexValue(i, "index");
        Long constIdx = i.isConst() ? Consts.toIntExact(i.cv).longValue() : null;
        if (u instanceof Basic b && b.isString()) {
            if (x.isConst() && constIdx != null) {
                String s = (String) x.cv;
                if (constIdx < 0 || constIdx >= s.length()) {
                    throw c.fail(ix.index().pos(), "invalid argument: index " + constIdx + " out of bounds [0:" + s.length() + "]");
                }
                return Operand.constant(ix, Basic.UINT8, BigInteger.valueOf(s.charAt(constIdx.intValue()) & 0xff)).asValue();
            }
            Ev se = x.ev;
            return Operand.value(ix, Basic.UINT8, f -> Bounds.byteAt((String) se.ev(f), (Long) idx.ev(f)));
        }
        if (u instanceof Type.Slice st) {
            Ev se = x.ev;
            Operand o = Operand.value(ix, st.elem(), f -> Bounds.get((Slice) se.ev(f), (Long) idx.ev(f)));
            o.mode = Operand.Mode.VAR;
            o.lv = new Operand.LValue() {
                public Ev store(Ev rhs) {
                    return f -> {
                        Slice s = (Slice) se.ev(f);
                        long k = (Long) idx.ev(f);
                        Object v = rhs.ev(f);
                        Bounds.set(s, k, v);
                        return null;
                    };
                }

                public Ev addr() {
                    return f -> {
                        Slice s = (Slice) se.ev(f);
                        int k = Bounds.index((Long) idx.ev(f), s == null ? 0 : s.len);
                        s.array.place(c.m.heap());
                        return new Pointer.ToElem(s.array, s.off + k);
                    };
                }
            };
            return o;
        }
        if (u instanceof Type.Array at) {
            if (constIdx != null && (constIdx < 0 || constIdx >= at.len())) {
                throw c.fail(ix.index().pos(), "invalid argument: index " + ExprStr.of(ix.index()) + " out of bounds [0:" + at.len() + "]");
            }
            Ev ae = x.ev;
            long len = at.len();
            Operand o = Operand.value(ix, at.elem(), f -> ((GoArray) ae.ev(f)).elems[Bounds.index((Long) idx.ev(f), len)]);
            if (x.mode == Operand.Mode.VAR) {
                o.mode = Operand.Mode.VAR;
                Operand.LValue base = x.lv;
                o.lv = new Operand.LValue() {
                    public Ev store(Ev rhs) {
                        return f -> {
                            GoArray a = (GoArray) ae.ev(f);
                            int k = Bounds.index((Long) idx.ev(f), len);
                            a.elems[k] = rhs.ev(f);
                            return null;
                        };
                    }

                    public Ev addr() {
                        return f -> {
                            GoArray a = (GoArray) ae.ev(f);
                            a.place(c.m.heap());
                            return new Pointer.ToElem(a, Bounds.index((Long) idx.ev(f), len));
                        };
                    }
                };
            }
            return o;
        }
        // types2 reports at the index expression's own position, the '['
        Pos lbrack = ix.index().pos().line() == ix.pos().line() && ix.index().pos().col() > 1
                ? new Pos(ix.index().pos().line(), ix.index().pos().col() - 1) : ix.pos();
        throw c.fail(lbrack, "invalid operation: cannot index " + describe(x));
    }

    /** An index operand: an integer value (untyped constants must be representable as int). */
    Ev indexValue(Operand i, String what) {
        if (i.isConst()) {
            // types2's isValidIndex: an untyped constant index is first converted to int
            BigInteger v = Consts.toIntExact(i.cv);
            Operand ci = i;
            if (Types.isUntyped(i.type)) {
                if (!(i.type instanceof Basic ub) || !ub.isNumeric()) {
                    throw c.fail(i.node.pos(), "cannot convert " + describe(i) + " to " + (c.since(20) ? "type " : "") + "int");
                }
                if (v == null) throw c.fail(i.node.pos(), describe(i) + " truncated to int");
                if (v.bitLength() > 63) throw c.fail(i.node.pos(), describe(i) + " overflows int");
                ci = Operand.constant(i.node, Basic.INT, v);
            } else if (v == null || !(i.type.underlying() instanceof Basic b && b.isInteger())) {
                throw c.fail(i.node.pos(), "invalid argument: " + what + " " + describe(i) + " must be integer");
            }
            if (v.signum() < 0) throw c.fail(i.node.pos(), "invalid argument: " + what + " " + describe(ci) + " must not be negative");
            long lv = v.longValue();
            return f -> lv;
        }
        if (!(i.type.underlying() instanceof Basic b && b.isInteger())) {
            throw c.fail(i.node.pos(), "invalid argument: " + what + " " + describe(i) + " must be integer");
        }
        if (b.isUnsigned()) {
            Ev e = i.ev;
            return f -> {
                long v = (Long) e.ev(f);
                return v < 0 ? Long.MAX_VALUE : v;
            };
        }
        return i.ev;
    }

    /** A size operand of make: integer, possibly negative at run time (makeslice reports it). */
    Ev indexValueAllowNegative(Operand i) {
        if (i.isConst()) {
            long v = Consts.toIntExact(i.cv).longValue();
            return f -> v;
        }
        if (!(i.type.underlying() instanceof Basic b && b.isInteger())) {
            throw c.fail(i.node.pos(), "cannot convert " + describe(i) + " to type int");
        }
        return i.ev;
    }

    private Operand sliceExpr(Expr.SliceExpr s) {
        Operand x = value(s.x());
        Type u = x.type.underlying();
        Operand lox = s.lo() == null ? null : value(s.lo());
        Operand hix = s.hi() == null ? null : value(s.hi());
        Operand maxx = s.max() == null ? null : value(s.max());
        Ev lo = lox == null ? null : indexValue(lox, "index");
        Ev hi = hix == null ? null : indexValue(hix, "index");
        Ev max = maxx == null ? null : indexValue(maxx, "index");
        checkConstSliceIndices(s, x, u, new Operand[]{lox, hix, maxx});
        boolean has3 = s.slice3();
        Ev xe = x.ev;
        if (u instanceof Basic b && b.isString()) {
            if (has3) throw c.fail(s.pos(), "invalid operation: 3-index slice of string");
            Type rt = x.type == Basic.UNTYPED_STRING ? Basic.STRING : x.type;
            return Operand.value(s, rt, f -> {
                String str = (String) xe.ev(f);
                long l = lo == null ? 0 : (Long) lo.ev(f);
                long h = hi == null ? str.length() : (Long) hi.ev(f);
                return Bounds.sliceString(str, l, h);
            });
        }
        if (u instanceof Type.Slice) {
            Operand o = Operand.value(s, x.type, f -> {
                Slice sl = (Slice) xe.ev(f);
                long l = lo == null ? 0 : (Long) lo.ev(f);
                long h = hi == null ? (sl == null ? 0 : sl.len) : (Long) hi.ev(f);
                long m = max == null ? 0 : (Long) max.ev(f);
                return Bounds.slice(sl, l, h, m, has3);
            });
            return o;
        }
        Ev arr;
        Type at;
        if (u instanceof Type.Array a) {
            if (x.mode != Operand.Mode.VAR) throw c.fail(s.pos(), "invalid operation: " + ExprStr.of(s.x()) + " (slice of unaddressable value)");
            if (x.var != null) x.var.boxed = x.var.boxed; // arrays are objects: slicing shares them
            arr = xe;
            at = a;
        } else if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            arr = f -> {
                Pointer ptr = (Pointer) xe.ev(f);
                if (ptr == null) throw GoPanic.nilDeref();
                return ptr.load();
            };
            at = a;
        } else {
            throw c.fail(s.pos(), "cannot slice " + describe(x));
        }
        Type elem = ((Type.Array) at).elem();
        io.gopherscope.rt.Ctx ctx = c.m;
        return Operand.value(s, new Type.Slice(elem), f -> {
            GoArray a = (GoArray) arr.ev(f);
            long l = lo == null ? 0 : (Long) lo.ev(f);
            long h = hi == null ? a.length() : (Long) hi.ev(f);
            long m = max == null ? 0 : (Long) max.ev(f);
            return Bounds.sliceArray(ctx, a, l, h, m, has3);
        });
    }

    /**
     * types2's checks of constant slice indices: within the length of an array or constant string
     * ({@code index 5 out of bounds [0:4]}) and in order ({@code invalid slice indices: 1 < 2}).
     */
    private void checkConstSliceIndices(Expr.SliceExpr s, Operand x, Type u, Operand[] idx) {
        long length = -1;
        if (u instanceof Type.Array a) length = a.len();
        else if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) length = a.len();
        else if (x.isConst() && x.cv instanceof String str) length = str.length();
        long[] ind = new long[3];
        for (int i = 0; i < 3; i++) {
            Operand o = idx[i];
            long v = -1;
            if (o != null) {
                if (o.isConst()) {
                    BigInteger bv = Consts.toIntExact(o.cv);
                    if (bv != null && bv.bitLength() < 63) {
                        v = bv.longValue();
                        if (length >= 0 && v > length) {
                            throw c.fail(o.node.pos(), "invalid argument: index " + v + " out of bounds [0:" + (length + 1) + "]");
                        }
                    }
                }
            } else if (i == 0) {
                v = 0;
            } else if (length >= 0) {
                v = length;
            }
            ind[i] = v;
        }
        for (int i = 0; i < 2; i++) {
            if (ind[i] <= 0) continue;
            for (int j = i + 1; j < 3; j++) {
                if (ind[j] >= 0 && ind[j] < ind[i]) {
                    throw c.fail(idx[j] != null ? idx[j].node.pos() : s.pos(), "invalid slice indices: " + ind[j] + " < " + ind[i]);
                }
            }
        }
    }

    // ------------------------------------------------------------------ pointers, assertions

    private Operand star(Expr.Star s) {
        Operand x = expr(s.x());
        if (x.mode == Operand.Mode.TYPE) {
            Operand o = new Operand();
            o.mode = Operand.Mode.TYPE;
            o.type = new Type.Pointer(x.type);
            o.node = s;
            return o;
        }
        x = single(x);
        if (x.mode == Operand.Mode.NIL) throw c.fail(s.x().pos(), "invalid operation: cannot indirect nil");
        if (!(x.type.underlying() instanceof Type.Pointer p)) {
            throw c.fail(s.x().pos(), "invalid operation: cannot indirect " + describe(x));
        }
        Ev pe = x.ev;
        Operand o = Operand.value(s, p.elem(), f -> {
            Pointer ptr = (Pointer) pe.ev(f);
            if (ptr == null) throw GoPanic.nilDeref();
            return ptr.load();
        });
        o.mode = Operand.Mode.VAR;
        o.lv = new Operand.LValue() {
            public Ev store(Ev rhs) {
                return f -> {
                    Pointer ptr = (Pointer) pe.ev(f);
                    if (ptr == null) throw GoPanic.nilDeref();
                    ptr.store(rhs.ev(f));
                    return null;
                };
            }

            public Ev addr() {
                return pe;
            }
        };
        return o;
    }

    private Operand typeAssert(Expr.TypeAssert ta) {
        Operand x = value(ta.x());
        if (!(x.type.underlying() instanceof Type.Interface xi)) {
            throw c.fail(ta.x().pos(), "invalid operation: " + describe(x) + " is not an interface");
        }
        if (ta.type() == null) throw c.fail(ta.pos(), "invalid syntax tree: use of .(type) outside type switch");
        Type t = typeOf(ta.type());
        if (!(t.underlying() instanceof Type.Interface)) {
            String why = missingReason(t, xi);
            if (why != null) {
                throw c.fail(ta.pos(), "impossible type assertion: " + ExprStr.of(ta) + "\n\t"
                        + t + " does not implement " + x.type + " " + why);
            }
        }
        Ev xe = x.ev;
        Type xt = x.type;
        Operand o = new Operand();
        o.mode = Operand.Mode.COMMAOK;
        o.type = t;
        o.node = ta;
        TypeAsserter mm = new TypeAsserter(c);
        o.ev = f -> {
            Iface v = (Iface) xe.ev(f);
            if (!mm.assertable(v, t)) throw GoPanic.typeAssertion(assertMessage(xt, v, t));
            return t.underlying() instanceof Type.Interface ? v : v.value();
        };
        o.okEv = f -> {
            Iface v = (Iface) xe.ev(f);
            if (!mm.assertable(v, t)) return new Object[]{Values.zero(t), Boolean.FALSE};
            return new Object[]{t.underlying() instanceof Type.Interface ? v : v.value(), Boolean.TRUE};
        };
        return o;
    }

    /** Run-time type assertion checks. */
    static final class TypeAsserter {
        final Compiler c;

        TypeAsserter(Compiler c) {
            this.c = c;
        }

        boolean assertable(Iface v, Type t) {
            if (v == null) return false;
            if (t.underlying() instanceof Type.Interface ti) {
                return Types.missingMethod(v.type(), ti, c.ex.lookup) == null;
            }
            return Types.identical(v.type(), t);
        }
    }

    String assertMessage(Type xt, Iface v, Type t) {
        String xs = xt instanceof Named ? xt.toString() : xt.toString();
        // runtime.TypeAssertionError: assertE2I/assertI2I leave _interface nil, printed "interface"
        if (v == null) return "interface conversion: " + (t.underlying() instanceof Type.Interface ? "interface" : xs) + " is nil, not " + t;
        if (t.underlying() instanceof Type.Interface ti) {
            String miss = Types.missingMethod(v.type(), ti, lookup);
            return "interface conversion: " + v.type() + " is not " + t + ": missing method " + miss;
        }
        return "interface conversion: " + xs + " is " + v.type() + ", not " + t;
    }

    // ------------------------------------------------------------------ assignability

    /**
     * Code producing the value of {@code x} converted for storage in a location of type {@code t}:
     * checks assignability (gc's "cannot use ... as ... value in CONTEXT"), converts untyped
     * constants, boxes into interfaces, and copies structs and arrays.
     */
    Ev assign(Operand x, Type t, String context) {
        if (x.invalid() || t == Basic.INVALID) return f -> null;
        x = single(x);
        if (x.mode == Operand.Mode.NIL) {
            if (!Types.assignable(Basic.UNTYPED_NIL, t, lookup)) {
                throw c.fail(x.node.pos(), "cannot use nil as " + t + " value in " + context);
            }
            return f -> null;
        }
        if (x.isConst() && Types.isUntyped(x.type)) {
            Type target = t.underlying() instanceof Type.Interface ? Types.defaultType(x.type) : t;
            if (target.underlying() instanceof Basic tb) {
                checkConstAssign(x, tb, t, context);
                Object rv = Consts.toRuntime(x.cv, target);
                if (t.underlying() instanceof Type.Interface) {
                    if (!Types.assignable(target, t, lookup)) {
                        throw c.fail(x.node.pos(), cannotUse(x, t, context) + missing(target, t));
                    }
                    Iface box = new Iface(target, rv);
                    return f -> box;
                }
                return f -> rv;
            }
            throw c.fail(x.node.pos(), cannotUse(x, t, context));
        }
        if (x.isConst() && x.type == Basic.UNTYPED_BOOL) {
            // comparison results are untyped bool values
        }
        Type xt = x.type;
        if (xt == Basic.UNTYPED_BOOL) {
            if (t.underlying() == Basic.BOOL || t.underlying() instanceof Type.Interface) {
                if (t.underlying() instanceof Type.Interface) {
                    Ev e = x.ev;
                    return f -> new Iface(Basic.BOOL, e.ev(f));
                }
                return x.ev;
            }
        }
        if (!Types.assignable(xt, t, lookup)) {
            throw c.fail(x.node.pos(), cannotUse(x, t, context) + missing(xt, t));
        }
        Ev e = x.ev;
        if (t.underlying() instanceof Type.Interface && !(xt.underlying() instanceof Type.Interface)) {
            Type dyn = xt == Basic.UNTYPED_BOOL ? Basic.BOOL : xt;
            if (Values.needsCopy(dyn)) return f -> new Iface(dyn, Values.copy(e.ev(f)));
            return f -> new Iface(dyn, e.ev(f));
        }
        if (Values.needsCopy(t) && !x.fresh) {
            return f -> Values.copy(e.ev(f));
        }
        return e;
    }

    private String missing(Type xt, Type t) {
        if (t.underlying() instanceof Type.Interface ti && !(xt.underlying() instanceof Type.Interface)) {
            String why = missingReason(xt, ti);
            if (why != null) {
                // go1.19 (CompilerErrorMessages) puts the reason on its own line
                return (c.since(20) ? ": " : ":\n\t") + xt + " does not implement " + t + " " + why;
            }
        }
        return "";
    }

    /**
     * types2's missingMethodReason, or null when {@code xt} implements {@code ti}:
     * "(missing method M)", "(method M has pointer receiver)", "(wrong type for method M)" with
     * have/want lines; go1.19 words them "(missing M method)", "(M method has pointer receiver)".
     */
    String missingReason(Type xt, Type.Interface ti) {
        String miss = Types.missingMethod(xt, ti, lookup);
        if (miss == null) return null;
        String mname = c.since(20) ? "method " + miss : miss + " method";
        Object sel = Lookup.find(xt, miss);
        if (sel instanceof Lookup.MethodSel ms && ms.def() != null) {
            Type.Method want = ti.method(miss);
            if (want != null && Types.identical(ms.def().sig, want.sig())) {
                if (ms.def().pointerRecv) return "(" + mname + " has pointer receiver)";
            } else if (want != null) {
                return "(wrong type for " + mname + ")\n\t\thave " + miss + ms.def().sig.signatureString()
                        + "\n\t\twant " + miss + want.sig().signatureString();
            }
        }
        return "(missing " + mname + ")";
    }

    void checkConstAssign(Operand x, Basic tb, Type t, String context) {
        if (!Consts.representable(x.cv, tb)) {
            boolean numeric = Consts.isNumber(x.cv) && (tb.isNumeric());
            if (numeric && tb.isInteger() && Consts.toIntExact(x.cv) == null) {
                throw c.fail(x.node.pos(), cannotUse(x, t, context) + " (truncated)");
            }
            if (numeric) {
                throw c.fail(x.node.pos(), cannotUse(x, t, context) + " (overflows)");
            }
            throw c.fail(x.node.pos(), cannotUse(x, t, context));
        }
    }

    String cannotUse(Operand x, Type t, String context) {
        // untyped constants fail in implicitTypeAndValue, worded "as T value" in every version
        boolean untypedConst = x.isConst() && Types.isUntyped(x.type);
        return "cannot use " + describe(x) + " as " + (c.since(20) || untypedConst ? t + " value" : "type " + t) + " in " + context;
    }

    /** gc's operand description: {@code x (variable of type int)}, {@code 1 (untyped int constant)}. */
    String describe(Operand x) {
        String s = ExprStr.of(x.node);
        return switch (x.mode) {
            case NIL -> "nil";
            case CONST -> {
                // go/constant's String() of the value, unless it reads like the expression
                String v = Consts.show(x.cv);
                String lit = v.equals(s) ? "" : " " + v;
                if (Types.isUntyped(x.type)) yield s + " (" + x.type + " constant" + lit + ")";
                yield s + " (constant" + lit + " of " + typeDesc(x.type) + ")";
            }
            case VAR -> s + " (variable of " + typeDesc(x.type) + ")";
            case MAPINDEX -> s + " (map index expression of " + typeDesc(x.type) + ")";
            case COMMAOK -> s + " (comma, ok expression of " + typeDesc(x.type) + ")";
            default -> s + " (value of " + typeDesc(x.type) + ")";
        };
    }

    /**
     * "type T"; from Go 1.24 types2 also names the structure of a defined type:
     * "struct type T", "int32 type MyInt" (operandString's compositeKind).
     */
    String typeDesc(Type t) {
        if (!c.since(24) || !(t instanceof io.gopherscope.lang.types.Named)) return "type " + t;
        // the underlying type's kind ("struct") or, for a basic type, its name ("int32")
        return OpsC.kindString(t.underlying()) + " type " + t;
    }

    String describeKind(Operand x) {
        return x.mode == Operand.Mode.VAR ? "variable" : "value";
    }

    /** Converts an untyped operand to its default type (for := and interface contexts). */
    Operand defaulted(Operand x) {
        if (x.isConst() && Types.isUntyped(x.type)) {
            Type dt = Types.defaultType(x.type);
            if (dt.underlying() instanceof Basic b && !Consts.representable(x.cv, b)) {
                throw c.fail(x.node.pos(), "cannot use " + describe(x) + " as " + dt + " value in " + "assignment (overflows)");
            }
            Operand o = Operand.constant(x.node, dt, x.cv);
            return o;
        }
        if (x.type == Basic.UNTYPED_BOOL) {
            Operand o = Operand.value(x.node, Basic.BOOL, x.ev);
            return o;
        }
        return x;
    }
}
