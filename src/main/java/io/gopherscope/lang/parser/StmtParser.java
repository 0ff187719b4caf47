package io.gopherscope.lang.parser;

import io.gopherscope.lang.ast.Decl;
import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.ast.Stmt;
import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.token.TokenKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Statement productions of the Go spec except control statements: Block, StatementList,
 * SimpleStmt (with the range clause of for headers), labeled, go, defer, return and branch
 * statements. Mirrors the "Statements" section of gc's {@code syntax/parser.go}; the control
 * statements are in {@link ControlParser}.
 */
abstract class StmtParser extends ExprParser {
    private static final Set<TokenKind> OP_ASSIGN = EnumSet.of(TokenKind.ADD_ASSIGN, TokenKind.SUB_ASSIGN,
            TokenKind.MUL_ASSIGN, TokenKind.QUO_ASSIGN, TokenKind.REM_ASSIGN, TokenKind.AND_ASSIGN,
            TokenKind.OR_ASSIGN, TokenKind.XOR_ASSIGN, TokenKind.SHL_ASSIGN, TokenKind.SHR_ASSIGN,
            TokenKind.AND_NOT_ASSIGN);

    /** A range clause found by {@link #parseSimpleStmt} in a for header (gc's RangeClause). */
    record RangeClause(Expr key, Expr value, TokenKind tok, Expr x) {}

    // Set by parseSimpleStmt when it parses a range clause; taken by the for header.
    private RangeClause pendingRange;

    StmtParser(String source, int goMinor) {
        super(source, goMinor);
    }

    /** Declaration inside a function: const, type or var (the current token). */
    abstract Decl.GenDecl parseGenDecl();

    // Control statements, parsed by the next layer.
    abstract Stmt parseIfStmt();

    abstract Stmt parseSwitchStmt();

    abstract Stmt parseSelectStmt();

    abstract Stmt parseForStmt();

    /** Returns and clears the range clause left by the last {@link #parseSimpleStmt}, if any. */
    final RangeClause takeRange() {
        RangeClause r = pendingRange;
        pendingRange = null;
        return r;
    }

    @Override
    final Stmt.Block parseFuncBody() {
        fnest++;
        int outer = xnest;
        int errs = errors.size() - branchErrors;
        xnest = 0;
        Stmt.Block body = parseBlockStmt("");
        xnest = outer;
        fnest--;
        // as gc: only bodies without syntax errors; the branch errors of a nested function
        // literal do not count (gc's checkBranches reports through errh, not p.errcnt)
        if (errors.size() - branchErrors == errs) {
            int before = errors.size();
            Branches.check(body, errors);
            branchErrors += errors.size() - before;
        }
        return body;
    }

    /** Errors reported by {@link Branches} so far. */
    private int branchErrors;

    /** Block = "{" StatementList "}" ; {@code context} names the clause for "expected { after ...". */
    final Stmt.Block parseBlockStmt(String context) {
        Pos p = pos;
        if (!got(TokenKind.LBRACE)) {
            syntaxError("expected { after " + context);
            advance(TokenKind.IDENT, TokenKind.RBRACE);
            Pos rbrace = pos;
            if (got(TokenKind.RBRACE)) {
                return new Stmt.Block(p, List.of(), rbrace);
            }
        }
        List<Stmt> stmts = parseStmtList();
        Pos rbrace = pos;
        want(TokenKind.RBRACE);
        return new Stmt.Block(p, stmts, rbrace);
    }

    /** StatementList = { Statement ";" } ; ends before "}", case, default or EOF. */
    final List<Stmt> parseStmtList() {
        List<Stmt> list = new ArrayList<>();
        while (kind != TokenKind.EOF && kind != TokenKind.RBRACE && kind != TokenKind.CASE
                && kind != TokenKind.DEFAULT) {
            Stmt s = parseStmtOrNull();
            if (s == null) {
                break;
            }
            list.add(s);
            if (!got(TokenKind.SEMICOLON) && kind != TokenKind.RBRACE) { // ";" is optional before "}"
                syntaxError("at end of statement");
                advance(TokenKind.SEMICOLON, TokenKind.RBRACE, TokenKind.CASE, TokenKind.DEFAULT);
                got(TokenKind.SEMICOLON);
            }
        }
        return List.copyOf(list);
    }

    /** Statement ; returns null if no statement starts here. */
    final Stmt parseStmtOrNull() {
        enter();
        try {
            Pos p = pos;
            switch (kind) {
                case IDENT: {
                    List<Expr> lhs = parseExprList();
                    if (lhs.size() == 1 && lhs.get(0) instanceof Expr.Ident label && kind == TokenKind.COLON) {
                        return parseLabeledStmt(label);
                    }
                    return parseSimpleStmt(lhs, null);
                }
                case VAR, CONST, TYPE:
                    return new Stmt.DeclStmt(p, parseGenDecl());
                case LBRACE:
                    return parseBlockStmt("");
                case ADD, SUB, MUL, AND, XOR, NOT, INT, FLOAT, IMAG, CHAR, STRING, FUNC, LPAREN,
                     LBRACK, STRUCT, MAP, CHAN, INTERFACE, ARROW:
                    return parseSimpleStmt(null, null);
                case FOR:
                    return parseForStmt();
                case SWITCH:
                    return parseSwitchStmt();
                case SELECT:
                    return parseSelectStmt();
                case IF:
                    return parseIfStmt();
                case FALLTHROUGH:
                    next();
                    return new Stmt.Branch(p, TokenKind.FALLTHROUGH, null);
                case BREAK, CONTINUE: {
                    TokenKind k = kind;
                    next();
                    Expr.Ident label = kind == TokenKind.IDENT ? parseIdent() : null;
                    return new Stmt.Branch(p, k, label);
                }
                case GOTO:
                    next();
                    return new Stmt.Branch(p, TokenKind.GOTO, parseIdent());
                case GO, DEFER:
                    return parseGoOrDeferStmt();
                case RETURN: {
                    next();
                    List<Expr> results = kind != TokenKind.SEMICOLON && kind != TokenKind.RBRACE
                            ? parseExprList() : List.of();
                    return new Stmt.Return(p, List.copyOf(results));
                }
                case SEMICOLON:
                    return new Stmt.Empty(p);
                default:
                    return null;
            }
        } finally {
            leave();
        }
    }

    /** LabeledStmt = Label ":" Statement . */
    private Stmt parseLabeledStmt(Expr.Ident label) {
        Pos colon = pos;
        want(TokenKind.COLON);
        if (kind == TokenKind.RBRACE) {
            return new Stmt.Labeled(label.pos(), label, new Stmt.Empty(pos));
        }
        Stmt s = parseStmtOrNull();
        if (s == null) {
            syntaxErrorAt(colon, "missing statement after label");
            return null;
        }
        return new Stmt.Labeled(label.pos(), label, s);
    }

    /** GoStmt = "go" Expression ; DeferStmt = "defer" Expression ; the expression must be a call. */
    private Stmt parseGoOrDeferStmt() {
        Pos p = pos;
        TokenKind k = kind;
        next();
        Expr x = parsePrimaryExpr(null);
        if (x instanceof Expr.Paren) {
            errorAt(x.pos(), "expression in " + k.text + " must not be parenthesized");
            x = Expr.unparen(x);
        }
        Expr.Call call;
        if (x instanceof Expr.Call c) {
            call = c;
        } else {
            if (!(x instanceof Expr.Bad)) {
                errorAt(x.pos(), "expression in " + k.text + " must be function call");
            }
            call = new Expr.Call(x.pos(), x, List.of(), false, x.pos(), x.pos());
        }
        return k == TokenKind.GO ? new Stmt.Go(p, call) : new Stmt.Defer(p, call);
    }

    /**
     * SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl ;
     * {@code lhs} may be already parsed. With {@code keyword == FOR} a range clause is accepted:
     * it is left in {@link #pendingRange} and null is returned.
     */
    final Stmt parseSimpleStmt(List<Expr> lhs, TokenKind keyword) {
        if (keyword == TokenKind.FOR && kind == TokenKind.RANGE) {
            parseRangeClause(List.of(), null);
            return null;
        }
        if (lhs == null) {
            lhs = parseExprList();
        }
        if (lhs.size() == 1 && kind != TokenKind.ASSIGN && kind != TokenKind.DEFINE) {
            Expr x = lhs.get(0);
            Pos p = pos;
            TokenKind k = kind;
            if (OP_ASSIGN.contains(k)) {
                next();
                return new Stmt.Assign(x.pos(), List.of(x), k, p, List.of(parseExpr()));
            }
            if (k == TokenKind.INC || k == TokenKind.DEC) {
                next();
                return new Stmt.IncDec(x.pos(), x, k);
            }
            if (k == TokenKind.ARROW) {
                next();
                return new Stmt.Send(x.pos(), x, parseExpr());
            }
            return new Stmt.ExprStmt(x.pos(), x);
        }
        if (kind == TokenKind.ASSIGN || kind == TokenKind.DEFINE) {
            Pos p = pos;
            TokenKind k = kind;
            next();
            if (keyword == TokenKind.FOR && kind == TokenKind.RANGE) {
                parseRangeClause(lhs, k);
                return null;
            }
            return new Stmt.Assign(lhs.get(0).pos(), List.copyOf(lhs), k, p, List.copyOf(parseExprList()));
        }
        syntaxError("expected := or = or comma");
        advance(TokenKind.SEMICOLON, TokenKind.RBRACE);
        return new Stmt.ExprStmt(lhs.get(0).pos(), lhs.get(0));
    }

    // RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
    private void parseRangeClause(List<Expr> lhs, TokenKind tok) {
        next(); // range
        Expr x = parseExpr();
        if (lhs.size() > 2) {
            errorAt(lhs.get(2).pos(), "range clause permits at most two iteration variables");
        }
        pendingRange = new RangeClause(lhs.isEmpty() ? null : lhs.get(0), lhs.size() > 1 ? lhs.get(1) : null, tok, x);
    }
}
