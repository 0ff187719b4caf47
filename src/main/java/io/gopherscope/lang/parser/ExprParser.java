package io.gopherscope.lang.parser;

import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.ast.Expr.ChanDir;
import io.gopherscope.lang.ast.Stmt;
import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.token.TokenKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Expression productions of the Go spec: Expression (by precedence climbing), UnaryExpr,
 * PrimaryExpr (selectors, index, slices, type assertions, calls), Operand, CompositeLit,
 * FunctionLit. Mirrors the "Expressions" section of gc's {@code syntax/parser.go}.
 *
 * <p>Node positions follow {@code go/ast}: a node starts where its source starts (a call, a
 * selector, an index or a binary expression at its left operand); the extra positions
 * ({@code lparen}, {@code opPos}, ...) are where gc reports errors. So {@code pos()} is always
 * gc's {@code syntax.StartPos}, which is where types2 reports errors about a node; a composite
 * literal without a type starts at its "{".
 */
abstract class ExprParser extends TypeParser {

    ExprParser(String source, int goMinor) {
        super(source, goMinor);
    }

    /** FunctionBody = Block ; statements live in the next layer. */
    abstract Stmt.Block parseFuncBody();

    @Override
    final Expr parseExpr() {
        return parseBinaryExpr(0);
    }

    /** ExpressionList = Expression { "," Expression } . */
    final List<Expr> parseExprList() {
        List<Expr> list = new ArrayList<>();
        list.add(parseExpr());
        while (got(TokenKind.COMMA)) {
            list.add(parseExpr());
        }
        return list;
    }

    /** Expression = UnaryExpr | Expression binary_op Expression ; binds operators above {@code prec}. */
    private Expr parseBinaryExpr(int prec) {
        enter();
        try {
            Expr x = parseUnaryExpr();
            while (kind.precedence() > prec) {
                TokenKind op = kind;
                Pos opPos = pos;
                next();
                Expr y = parseBinaryExpr(op.precedence());
                x = new Expr.Binary(x.pos(), op, opPos, x, y);
            }
            return x;
        } finally {
            leave();
        }
    }

    /** UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
    final Expr parseUnaryExpr() {
        enter();
        try {
            Pos p = pos;
            switch (kind) {
                case ADD, SUB, NOT, XOR, AND, TILDE -> {
                    TokenKind op = kind;
                    next();
                    return new Expr.Unary(p, op, parseUnaryExpr());
                }
                case MUL -> {
                    next();
                    return new Expr.Star(p, parseUnaryExpr());
                }
                case ARROW -> {
                    next();
                    Expr x = parseUnaryExpr();
                    if (x instanceof Expr.ChanType c) {
                        return receiveChanType(p, c); // <-chan T is a type, not a receive
                    }
                    return new Expr.Unary(p, TokenKind.ARROW, x);
                }
                default -> {
                    return parsePrimaryExpr(null);
                }
            }
        } finally {
            leave();
        }
    }

    // "<-" followed by a channel type: re-associate the arrow with the leftmost chan, as gc does:
    // <-(chan E) => (<-chan E) and <-(chan<- E) => (<-chan (<-E)).
    private Expr receiveChanType(Pos arrow, Expr.ChanType c) {
        switch (c.dir()) {
            case BOTH:
                return new Expr.ChanType(arrow, ChanDir.RECV, c.value());
            case RECV:
                syntaxError("unexpected <-, expected chan");
                return new Expr.ChanType(arrow, ChanDir.RECV, c.value());
            default:
                if (c.value() instanceof Expr.ChanType inner) {
                    return new Expr.ChanType(arrow, ChanDir.RECV, receiveChanType(c.pos(), inner));
                }
                syntaxError("unexpected " + GoSyntax.expr(c.value()) + ", expected chan");
                return new Expr.ChanType(arrow, ChanDir.RECV, c.value());
        }
    }

    /**
     * PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector | PrimaryExpr Index
     * | PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments ; {@code x} may be
     * an already parsed operand.
     */
    final Expr parsePrimaryExpr(Expr x) {
        if (x == null) {
            x = parseOperand();
        }
        for (;;) {
            switch (kind) {
                case PERIOD -> {
                    next();
                    if (kind == TokenKind.IDENT) {
                        x = new Expr.Selector(x.pos(), x, parseIdent());
                    } else if (got(TokenKind.LPAREN)) {
                        Expr type = got(TokenKind.TYPE) ? null : parseType(); // null: x.(type)
                        want(TokenKind.RPAREN);
                        x = new Expr.TypeAssert(x.pos(), x, type);
                    } else {
                        syntaxError("expected name or (");
                        advance(TokenKind.SEMICOLON, TokenKind.RPAREN);
                    }
                }
                case LBRACK -> x = parseIndexOrSlice(x);
                case LPAREN -> x = parseCall(x);
                case LBRACE -> {
                    Expr t = Expr.unparen(x);
                    boolean complit = switch (t) {
                        case Expr.Ident i -> xnest >= 0;
                        case Expr.Selector s -> xnest >= 0;
                        case Expr.ArrayType a -> true;
                        case Expr.StructType s -> true;
                        case Expr.MapType m -> true;
                        default -> false;
                    };
                    if (!complit) {
                        return x; // the "{" opens a block (if x {, for x {, switch x {)
                    }
                    if (t != x) {
                        syntaxError("cannot parenthesize type in composite literal");
                    }
                    x = parseLiteralValue(x);
                }
                default -> {
                    return x;
                }
            }
        }
    }

    // Index = "[" Expression "]" ; Slice = "[" [ Expression ] ":" [ Expression ] [ ":" Expression ] "]" .
    private Expr parseIndexOrSlice(Expr x) {
        Pos lbrack = pos;
        next();
        Expr lo = null;
        if (kind != TokenKind.COLON) {
            if (kind == TokenKind.RBRACK) {
                syntaxError("expected operand");
                lo = new Expr.Bad(pos);
            } else {
                xnest++;
                lo = parseExpr();
                xnest--;
                if (kind == TokenKind.COMMA) {
                    syntaxError("type arguments are not supported");
                    advance(TokenKind.RBRACK);
                }
            }
            if (kind == TokenKind.RBRACK) {
                Pos rbrack = pos;
                next();
                return new Expr.Index(x.pos(), x, lo, rbrack);
            }
        }
        if (!got(TokenKind.COLON)) {
            syntaxError("expected comma, : or ]");
            advance(TokenKind.COMMA, TokenKind.COLON, TokenKind.RBRACK);
        }
        xnest++;
        Expr hi = null;
        Expr max = null;
        boolean slice3 = false;
        if (kind != TokenKind.COLON && kind != TokenKind.RBRACK) {
            hi = parseExpr();
        }
        if (kind == TokenKind.COLON) {
            slice3 = true;
            if (hi == null) {
                errorAt(pos, "middle index required in 3-index slice");
                hi = new Expr.Bad(pos);
            }
            next();
            if (kind != TokenKind.RBRACK) {
                max = parseExpr();
            } else {
                errorAt(pos, "final index required in 3-index slice");
                max = new Expr.Bad(pos);
            }
        }
        xnest--;
        want(TokenKind.RBRACK);
        return new Expr.SliceExpr(x.pos(), x, lo, hi, max, slice3, lbrack);
    }

    // Arguments = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")" .
    private Expr parseCall(Expr fun) {
        Pos lparen = pos;
        next();
        List<Expr> args = new ArrayList<>();
        boolean[] dots = {false};
        xnest++;
        Pos rparen = list("argument list", TokenKind.COMMA, TokenKind.RPAREN, () -> {
            args.add(parseExpr());
            dots[0] = got(TokenKind.ELLIPSIS);
            return dots[0];
        });
        xnest--;
        return new Expr.Call(fun.pos(), fun, List.copyOf(args), dots[0], lparen, rparen);
    }

    /** Operand = Literal | OperandName | "(" Expression ")" ; types start conversions and literals. */
    private Expr parseOperand() {
        Pos p = pos;
        switch (kind) {
            case IDENT:
                return parseIdent();
            case INT, FLOAT, IMAG, CHAR, STRING: {
                Expr lit = new Expr.BasicLit(p, kind, tok.text());
                next();
                return lit;
            }
            case LPAREN: {
                next();
                xnest++;
                Expr x = parseExpr();
                xnest--;
                want(TokenKind.RPAREN);
                return new Expr.Paren(p, x);
            }
            case FUNC:
                return parseFuncLit();
            case LBRACK, CHAN, MAP, STRUCT, INTERFACE:
                return parseType();
            default: {
                Expr bad = new Expr.Bad(p);
                syntaxError("expected expression");
                advance(TokenKind.RPAREN, TokenKind.RBRACK, TokenKind.RBRACE);
                return bad;
            }
        }
    }

    /** FunctionLit = "func" Signature FunctionBody ; without a body it is a function type. */
    private Expr parseFuncLit() {
        Pos p = pos;
        next();
        Expr.FuncType type = parseSignature(p, "function type");
        if (kind != TokenKind.LBRACE) {
            return type;
        }
        xnest++;
        Stmt.Block body = parseFuncBody();
        xnest--;
        return new Expr.FuncLit(p, type, body);
    }

    /** LiteralValue = "{" [ ElementList [ "," ] ] "}" ; KeyedElement = [ Key ":" ] Element . */
    final Expr.CompositeLit parseLiteralValue(Expr type) {
        Pos lbrace = pos;
        xnest++;
        want(TokenKind.LBRACE);
        List<Expr> elts = new ArrayList<>();
        Pos rbrace = list("composite literal", TokenKind.COMMA, TokenKind.RBRACE, () -> {
            Expr e = parseElement();
            if (kind == TokenKind.COLON) {
                next();
                e = new Expr.KeyValue(e.pos(), e, parseElement());
            }
            elts.add(e);
            return false;
        });
        xnest--;
        return new Expr.CompositeLit(type != null ? type.pos() : lbrace, type, List.copyOf(elts), rbrace);
    }

    // Element = Expression | LiteralValue .
    private Expr parseElement() {
        return kind == TokenKind.LBRACE ? parseLiteralValue(null) : parseExpr();
    }
}
