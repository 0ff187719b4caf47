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
 * Statement productions of the Go spec: Block, SimpleStmt, IfStmt, SwitchStmt (expression and
 * type switches), SelectStmt, ForStmt (with range clauses), labeled, go, defer, return and branch
 * statements. Mirrors the "Statements" section of gc's {@code syntax/parser.go}, including its
 * {@code header} logic for control clauses and its error messages.
 */
abstract class StmtParser extends ExprParser {
    private static final Set<TokenKind> OP_ASSIGN = EnumSet.of(TokenKind.ADD_ASSIGN, TokenKind.SUB_ASSIGN,
            TokenKind.MUL_ASSIGN, TokenKind.QUO_ASSIGN, TokenKind.REM_ASSIGN, TokenKind.AND_ASSIGN,
            TokenKind.OR_ASSIGN, TokenKind.XOR_ASSIGN, TokenKind.SHL_ASSIGN, TokenKind.SHR_ASSIGN,
            TokenKind.AND_NOT_ASSIGN);

    /** A range clause found by {@link #parseSimpleStmt} in a for header (gc's RangeClause). */
    private record RangeClause(Expr key, Expr value, TokenKind tok, Expr x) {}

    /** The three parts of a control clause header; {@code cond} is still a statement here. */
    private record Header(Stmt init, Stmt cond, Stmt post, RangeClause range, Pos semiPos, String semiLit) {}

    // Set by parseSimpleStmt when it parses a range clause; taken by the for header.
    private RangeClause pendingRange;

    StmtParser(String source, int goMinor) {
        super(source, goMinor);
    }

    /** Declaration inside a function: const, type or var (the current token). */
    abstract Decl.GenDecl parseGenDecl();

    @Override
    final Stmt.Block parseFuncBody() {
        fnest++;
        int outer = xnest;
        xnest = 0;
        Stmt.Block body = parseBlockStmt("");
        xnest = outer;
        fnest--;
        return body;
    }

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

    /** gc's {@code header}: [ SimpleStmt ";" ] [ Condition ] (and "; post" for for-loops). */
    private Header parseHeader(TokenKind keyword) {
        if (kind == TokenKind.LBRACE) {
            if (keyword == TokenKind.IF) {
                syntaxError("missing condition in if statement");
                return new Header(null, new Stmt.ExprStmt(pos, new Expr.Bad(pos)), null, null, null, null);
            }
            return new Header(null, null, null, null, null, null);
        }
        int outer = xnest;
        xnest = -1;
        try {
            return parseHeaderClauses(keyword);
        } finally {
            xnest = outer;
        }
    }

    private Header parseHeaderClauses(TokenKind keyword) {
        Stmt init = null;
        if (kind != TokenKind.SEMICOLON) {
            if (got(TokenKind.VAR)) {
                syntaxError("var declaration not allowed in " + keyword.text + " initializer");
            }
            pendingRange = null;
            init = parseSimpleStmt(null, keyword);
            if (pendingRange != null) {
                RangeClause r = pendingRange;
                pendingRange = null;
                return new Header(null, null, null, r, null, null);
            }
        }
        Stmt cond = null;
        Stmt post = null;
        Pos semiPos = null;
        String semiLit = null;
        if (kind != TokenKind.LBRACE) {
            if (kind == TokenKind.SEMICOLON) {
                semiPos = pos;
                semiLit = tok.text();
                next();
            } else {
                want(TokenKind.LBRACE); // asking for "{" rather than ";" gives a better message
                if (kind != TokenKind.LBRACE) {
                    advance(TokenKind.LBRACE, TokenKind.RBRACE);
                }
            }
            if (keyword == TokenKind.FOR) {
                if (kind != TokenKind.SEMICOLON) {
                    if (kind == TokenKind.LBRACE) {
                        syntaxError("expected for loop condition");
                        return new Header(init, null, null, null, semiPos, semiLit);
                    }
                    cond = parseSimpleStmt(null, null);
                }
                want(TokenKind.SEMICOLON);
                if (kind != TokenKind.LBRACE) {
                    post = parseSimpleStmt(null, null);
                    if (post instanceof Stmt.Assign a && a.tok() == TokenKind.DEFINE) {
                        syntaxErrorAt(a.pos(), "cannot declare in post statement of for loop");
                    }
                }
            } else if (kind != TokenKind.LBRACE) {
                cond = parseSimpleStmt(null, keyword);
            }
        } else {
            cond = init;
            init = null;
        }
        return new Header(init, cond, post, null, semiPos, semiLit);
    }

    // Turns a header's condition statement into an expression, with gc's errors.
    private Expr condition(Header h, TokenKind keyword) {
        Stmt s = h.cond();
        if (s == null) {
            if (keyword == TokenKind.IF && h.semiPos() != null) {
                if (!h.semiLit().equals("semicolon")) {
                    syntaxErrorAt(h.semiPos(), "unexpected " + h.semiLit() + ", expected { after if clause");
                } else {
                    syntaxErrorAt(h.semiPos(), "missing condition in if statement");
                }
                return new Expr.Bad(h.semiPos());
            }
            return null;
        }
        if (s instanceof Stmt.ExprStmt e) {
            return e.x();
        }
        String str = s instanceof Stmt.Assign a && a.tok() == TokenKind.ASSIGN
                ? "assignment " + emphasize(a.lhs()) + " = " + emphasize(a.rhs())
                : GoSyntax.stmt(s);
        syntaxErrorAt(s.pos(), "cannot use " + str + " as value");
        return new Expr.Bad(s.pos());
    }

    private static String emphasize(List<Expr> xs) {
        StringBuilder sb = new StringBuilder();
        for (Expr x : xs) {
            sb.append(sb.isEmpty() ? "" : ", ");
            sb.append(x instanceof Expr.Binary ? "(" + GoSyntax.expr(x) + ")" : GoSyntax.expr(x));
        }
        return sb.toString();
    }

    /** IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] . */
    final Stmt.If parseIfStmt() {
        Pos p = pos;
        want(TokenKind.IF);
        Header h = parseHeader(TokenKind.IF);
        Expr cond = condition(h, TokenKind.IF);
        Stmt.Block then = parseBlockStmt("if clause");
        Stmt els = null;
        if (got(TokenKind.ELSE)) {
            if (kind == TokenKind.IF) {
                els = parseIfStmt();
            } else if (kind == TokenKind.LBRACE) {
                els = parseBlockStmt("");
            } else {
                syntaxError("else must be followed by if or statement block");
                advance(TokenKind.IDENT, TokenKind.RBRACE);
            }
        }
        return new Stmt.If(p, h.init(), cond, then, els);
    }

    /** SwitchStmt = ExprSwitchStmt | TypeSwitchStmt ; a TypeSwitchGuard makes it a type switch. */
    final Stmt parseSwitchStmt() {
        Pos p = pos;
        want(TokenKind.SWITCH);
        Header h = parseHeader(TokenKind.SWITCH);
        Expr.Ident binding = null;
        Expr subject = null;
        if (h.cond() instanceof Stmt.ExprStmt e && e.x() instanceof Expr.TypeAssert ta && ta.type() == null) {
            subject = ta.x(); // switch y.(type)
        } else if (h.cond() instanceof Stmt.Assign a && a.tok() == TokenKind.DEFINE && a.lhs().size() == 1
                && a.lhs().get(0) instanceof Expr.Ident id && a.rhs().size() == 1
                && a.rhs().get(0) instanceof Expr.TypeAssert ta && ta.type() == null) {
            binding = id; // switch x := y.(type)
            subject = ta.x();
        }
        Expr tag = subject == null ? condition(h, TokenKind.SWITCH) : null;
        if (!got(TokenKind.LBRACE)) {
            syntaxError("missing { after switch clause");
            advance(TokenKind.CASE, TokenKind.DEFAULT, TokenKind.RBRACE);
        }
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        while (kind != TokenKind.EOF && kind != TokenKind.RBRACE) {
            clauses.add(parseCaseClause());
        }
        Pos rbrace = pos;
        want(TokenKind.RBRACE);
        if (subject != null) {
            return new Stmt.TypeSwitch(p, h.init(), binding, subject, List.copyOf(clauses), rbrace);
        }
        return new Stmt.Switch(p, h.init(), tag, List.copyOf(clauses), rbrace);
    }

    /** ExprCaseClause = ExprSwitchCase ":" StatementList ; also TypeCaseClause (types parse as expressions). */
    private Stmt.CaseClause parseCaseClause() {
        Pos p = pos;
        List<Expr> list = List.of();
        switch (kind) {
            case CASE -> {
                next();
                list = List.copyOf(parseExprList());
            }
            case DEFAULT -> {
                next();
                list = null;
            }
            default -> {
                syntaxError("expected case or default or }");
                advance(TokenKind.COLON, TokenKind.CASE, TokenKind.DEFAULT, TokenKind.RBRACE);
            }
        }
        want(TokenKind.COLON);
        return new Stmt.CaseClause(p, list, parseStmtList());
    }

    /** SelectStmt = "select" "{" { CommClause } "}" . */
    final Stmt.Select parseSelectStmt() {
        Pos p = pos;
        want(TokenKind.SELECT);
        if (!got(TokenKind.LBRACE)) {
            syntaxError("missing { after select clause");
            advance(TokenKind.CASE, TokenKind.DEFAULT, TokenKind.RBRACE);
        }
        List<Stmt.CommClause> clauses = new ArrayList<>();
        while (kind != TokenKind.EOF && kind != TokenKind.RBRACE) {
            clauses.add(parseCommClause());
        }
        Pos rbrace = pos;
        want(TokenKind.RBRACE);
        return new Stmt.Select(p, List.copyOf(clauses), rbrace);
    }

    /** CommClause = CommCase ":" StatementList ; CommCase = "case" ( SendStmt | RecvStmt ) | "default" . */
    private Stmt.CommClause parseCommClause() {
        Pos p = pos;
        Stmt comm = null;
        switch (kind) {
            case CASE -> {
                next();
                comm = parseSimpleStmt(null, null);
                if (!isCommunication(comm)) {
                    errorAt(comm.pos(), "select case must be receive, send or assign recv");
                }
            }
            case DEFAULT -> next();
            default -> {
                syntaxError("expected case or default or }");
                advance(TokenKind.COLON, TokenKind.CASE, TokenKind.DEFAULT, TokenKind.RBRACE);
            }
        }
        want(TokenKind.COLON);
        return new Stmt.CommClause(p, comm, parseStmtList());
    }

    // SendStmt, <-ch, v = <-ch, v, ok := <-ch (gc leaves this check to types2; the AST needs it here).
    private static boolean isCommunication(Stmt s) {
        return switch (s) {
            case Stmt.Send x -> true;
            case Stmt.ExprStmt x -> isReceive(x.x());
            case Stmt.Assign x -> (x.tok() == TokenKind.ASSIGN || x.tok() == TokenKind.DEFINE)
                    && x.lhs().size() <= 2 && x.rhs().size() == 1 && isReceive(x.rhs().get(0));
            default -> false;
        };
    }

    private static boolean isReceive(Expr x) {
        return Expr.unparen(x) instanceof Expr.Unary u && u.op() == TokenKind.ARROW || x instanceof Expr.Bad;
    }

    /** ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
    final Stmt parseForStmt() {
        Pos p = pos;
        want(TokenKind.FOR);
        Header h = parseHeader(TokenKind.FOR);
        if (h.range() != null) {
            RangeClause r = h.range();
            Stmt.Block body = parseBlockStmt("for clause");
            return new Stmt.Range(p, r.key(), r.value(), r.tok(), r.x(), body);
        }
        Expr cond = condition(h, TokenKind.FOR);
        Stmt.Block body = parseBlockStmt("for clause");
        return new Stmt.For(p, h.init(), cond, h.post(), body);
    }
}
