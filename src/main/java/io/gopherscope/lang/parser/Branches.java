package io.gopherscope.lang.parser;

import io.gopherscope.lang.ast.Decl;
import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.ast.Stmt;
import io.gopherscope.lang.scanner.ErrorList;
import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.token.TokenKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks labels and branch statements in one function body, as gc's parser does
 * ({@code cmd/compile/internal/syntax/branches.go}): misplaced and badly labeled break and
 * continue, undefined, duplicate and unused labels, and gotos jumping into blocks or over variable
 * declarations. Like gc, the parser runs it only on bodies that parsed without errors, and the
 * errors count as syntax-phase errors (no type checking follows). {@code fallthrough} placement is
 * left to the type checker, as in types2.
 *
 * <p>Where gc prints a position inside a message ("already defined at ./prog.go:5:1"), we print
 * {@code line:col}: the parser does not know the file name.
 */
final class Branches {

    private static final class Block {
        final Block parent;
        final Pos start;
        final Stmt.Labeled lstmt; // labeled statement this block belongs to, or null

        Block(Block parent, Pos start, Stmt.Labeled lstmt) {
            this.parent = parent;
            this.start = start;
            this.lstmt = lstmt;
        }
    }

    private static final class Label {
        final Block parent;
        final Stmt.Labeled lstmt;
        boolean used;

        Label(Block parent, Stmt.Labeled lstmt) {
            this.parent = parent;
            this.lstmt = lstmt;
        }
    }

    /** Statements a plain break (any of these) or continue (loops only) may leave. */
    private record Targets(Stmt breaks, Stmt continues) {}

    private static final Stmt.Labeled INVALID = new Stmt.Labeled(Pos.NONE, null, null);

    private final ErrorList errors;
    private final Map<String, Label> labels = new HashMap<>();

    private Branches(ErrorList errors) {
        this.errors = errors;
    }

    static void check(Stmt.Block body, ErrorList errors) {
        if (body == null) {
            return;
        }
        Branches ls = new Branches(errors);
        for (Stmt.Branch fwd : ls.blockBranches(null, new Targets(null, null), null, body.pos(), body.stmts())) {
            String name = fwd.label().name();
            Label l = ls.labels.get(name);
            if (l != null) {
                l.used = true; // avoid "defined and not used"
                errors.add(fwd.label().pos(), "goto " + name + " jumps into block starting at " + l.parent.start);
            } else {
                errors.add(fwd.label().pos(), "label " + name + " not defined");
            }
        }
        for (Label l : ls.labels.values()) {
            if (!l.used) { // spec: "It is illegal to define a label that is never used."
                errors.add(l.lstmt.label().pos(), "label " + l.lstmt.label().name() + " defined and not used");
            }
        }
    }

    private Label declare(Block b, Stmt.Labeled s) {
        String name = s.label().name();
        Label alt = labels.get(name);
        if (alt != null) {
            errors.add(s.pos(), "label " + name + " already defined at " + alt.lstmt.label().pos());
            return alt;
        }
        Label l = new Label(b, s);
        labels.put(name, l);
        return l;
    }

    // The labeled statement for a goto: declared in b or an enclosing block, else null.
    private Stmt.Labeled gotoTarget(Block b, String name) {
        Label l = labels.get(name);
        if (l != null) {
            l.used = true;
            for (; b != null; b = b.parent) {
                if (l.parent == b) {
                    return l.lstmt;
                }
            }
        }
        return null;
    }

    // The innermost enclosing statement labeled name; null if undefined, INVALID if not enclosing.
    private Stmt.Labeled enclosingTarget(Block b, String name) {
        Label l = labels.get(name);
        if (l == null) {
            return null;
        }
        l.used = true;
        for (; b != null; b = b.parent) {
            if (l.lstmt == b.lstmt) {
                return l.lstmt;
            }
        }
        return INVALID;
    }

    /** Walks one block's statements; returns its unresolved forward gotos. */
    private List<Stmt.Branch> blockBranches(Block parent, Targets ctxt, Stmt.Labeled lstmt, Pos start, List<Stmt> body) {
        Block b = new Block(parent, start, lstmt);
        List<Stmt.Branch> fwdGotos = new ArrayList<>();
        List<Stmt.Branch> badGotos = new ArrayList<>(); // forward gotos that jump over varDecl
        Pos varPos = null;
        String varName = null;
        for (Stmt stmt : body) {
            Stmt.Labeled label = null;
            while (stmt instanceof Stmt.Labeled s) {
                String name = s.label().name();
                if (!name.equals("_")) {
                    Label l = declare(b, s);
                    for (var it = fwdGotos.iterator(); it.hasNext(); ) {
                        Stmt.Branch fwd = it.next();
                        if (fwd.label().name().equals(name)) {
                            l.used = true;
                            if (varPos != null && badGotos.stream().anyMatch(bad -> bad == fwd)) {
                                errors.add(fwd.label().pos(), "goto " + name + " jumps over declaration of "
                                        + varName + " at " + varPos);
                            }
                            it.remove();
                        }
                    }
                    label = s;
                }
                stmt = s.stmt();
            }
            switch (stmt) {
                case Stmt.DeclStmt s when s.decl().tok() == TokenKind.VAR && !s.decl().specs().isEmpty()
                        && s.decl().specs().get(0) instanceof Decl.ValueSpec v -> {
                    varPos = v.pos();
                    varName = v.names().get(0).name();
                    badGotos = new ArrayList<>(fwdGotos);
                }
                case Stmt.Assign s when s.tok() == TokenKind.DEFINE -> {
                    varPos = s.pos();
                    varName = s.lhs().stream().map(GoSyntax::expr).collect(Collectors.joining(", "));
                    badGotos = new ArrayList<>(fwdGotos);
                }
                case Stmt.Branch s -> branch(s, b, ctxt, fwdGotos);
                case Stmt.Block s -> fwdGotos.addAll(blockBranches(b, ctxt, label, s.pos(), s.stmts()));
                case Stmt.If s -> {
                    fwdGotos.addAll(blockBranches(b, ctxt, label, s.then().pos(), s.then().stmts()));
                    if (s.els() != null) {
                        fwdGotos.addAll(blockBranches(b, ctxt, label, s.els().pos(), List.of(s.els())));
                    }
                }
                case Stmt.For s -> fwdGotos.addAll(blockBranches(b, new Targets(s, s), label, s.body().pos(), s.body().stmts()));
                case Stmt.Range s -> fwdGotos.addAll(blockBranches(b, new Targets(s, s), label, s.body().pos(), s.body().stmts()));
                case Stmt.Switch s -> {
                    for (Stmt.CaseClause cc : s.clauses()) {
                        fwdGotos.addAll(blockBranches(b, new Targets(s, ctxt.continues()), label, cc.pos(), cc.body()));
                    }
                }
                case Stmt.TypeSwitch s -> {
                    for (Stmt.CaseClause cc : s.clauses()) {
                        fwdGotos.addAll(blockBranches(b, new Targets(s, ctxt.continues()), label, cc.pos(), cc.body()));
                    }
                }
                case Stmt.Select s -> {
                    for (Stmt.CommClause cc : s.clauses()) {
                        fwdGotos.addAll(blockBranches(b, new Targets(s, ctxt.continues()), label, cc.pos(), cc.body()));
                    }
                }
                default -> {
                }
            }
        }
        return fwdGotos;
    }

    private void branch(Stmt.Branch s, Block b, Targets ctxt, List<Stmt.Branch> fwdGotos) {
        Expr.Ident label = s.label();
        if (label == null) {
            if (s.tok() == TokenKind.BREAK && ctxt.breaks() == null) {
                errors.add(s.pos(), "break is not in a loop, switch, or select");
            } else if (s.tok() == TokenKind.CONTINUE && ctxt.continues() == null) {
                errors.add(s.pos(), "continue is not in a loop");
            }
            return;
        }
        String name = label.name();
        switch (s.tok()) {
            case BREAK -> {
                Stmt.Labeled t = enclosingTarget(b, name);
                if (t == null) {
                    errors.add(label.pos(), "break label not defined: " + name);
                } else if (t == INVALID || !(t.stmt() instanceof Stmt.For || t.stmt() instanceof Stmt.Range
                        || t.stmt() instanceof Stmt.Switch || t.stmt() instanceof Stmt.TypeSwitch
                        || t.stmt() instanceof Stmt.Select)) {
                    errors.add(label.pos(), "invalid break label " + name);
                }
            }
            case CONTINUE -> {
                Stmt.Labeled t = enclosingTarget(b, name);
                if (t == null) {
                    errors.add(label.pos(), "continue label not defined: " + name);
                } else if (t == INVALID || !(t.stmt() instanceof Stmt.For || t.stmt() instanceof Stmt.Range)) {
                    errors.add(label.pos(), "invalid continue label " + name);
                }
            }
            case GOTO -> {
                if (gotoTarget(b, name) == null) {
                    fwdGotos.add(s); // the label may be declared later
                }
            }
            default -> {
            }
        }
    }
}
