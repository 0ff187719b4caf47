package io.gopherscope.lang.parser;

import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.ast.Stmt;
import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.token.TokenKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Control statement productions of the Go spec: IfStmt, SwitchStmt (expression and type
 * switches), SelectStmt and ForStmt (three-clause, condition-only and range loops). Mirrors
 * gc's {@code header}, {@code ifStmt}, {@code switchStmt}, {@code selectStmt} and
 * {@code forStmt}, including the composite-literal rule of control clauses (a "{" after a type
 * name starts the block unless parenthesized: {@code xnest} is -1 while a header is parsed).
 */
abstract class ControlParser extends StmtParser {

    /** The three parts of a control clause header; {@code cond} is still a statement here. */
    private record Header(Stmt init, Stmt cond, Stmt post, RangeClause range, Pos semiPos, String semiLit) {}

    ControlParser(String source, int goMinor) {
        super(source, goMinor);
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
            takeRange();
            init = parseSimpleStmt(null, keyword);
            RangeClause r = takeRange();
            if (r != null) {
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
    @Override
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
    @Override
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
    @Override
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
    @Override
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
