package io.gopherscope.lang.parser;

import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.ast.Expr.ChanDir;
import io.gopherscope.lang.ast.Expr.Field;
import io.gopherscope.lang.ast.Expr.Ident;
import io.gopherscope.lang.scanner.Literals;
import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.token.TokenKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Type productions of the Go spec: TypeName, ArrayType, SliceType, StructType, PointerType,
 * FunctionType (Signature, Parameters, Result), InterfaceType, MapType, ChannelType. Mirrors the
 * "Types" section of gc's {@code syntax/parser.go}, without type parameters (reported as
 * unsupported: Gopherscope's Go subset has no generics).
 */
abstract class TypeParser extends ParserCore {

    TypeParser(String source, int goMinor) {
        super(source, goMinor);
    }

    /** Expression = ... ; types need it for array lengths. */
    abstract Expr parseExpr();

    /** Type = TypeName | TypeLit | "(" Type ")" ; reports "expected type" if there is none. */
    final Expr parseType() {
        Expr t = typeOrNull();
        if (t == null) {
            t = new Expr.Bad(pos);
            syntaxError("expected type");
            advance(TokenKind.COMMA, TokenKind.COLON, TokenKind.SEMICOLON, TokenKind.RPAREN,
                    TokenKind.RBRACK, TokenKind.RBRACE);
        }
        return t;
    }

    /** Like {@link #parseType} but returns null, without an error, if no type starts here. */
    final Expr typeOrNull() {
        enter();
        try {
            Pos p = pos;
            switch (kind) {
                case MUL:
                    next();
                    return new Expr.Star(p, parseType());
                case ARROW:
                    next();
                    want(TokenKind.CHAN);
                    return new Expr.ChanType(p, ChanDir.RECV, parseChanElem());
                case FUNC:
                    next();
                    return parseSignature(p, "function type");
                case LBRACK:
                    next();
                    if (got(TokenKind.RBRACK)) {
                        return new Expr.ArrayType(p, null, parseType());
                    }
                    return parseArrayType(p, null);
                case CHAN:
                    next();
                    ChanDir dir = got(TokenKind.ARROW) ? ChanDir.SEND : ChanDir.BOTH;
                    return new Expr.ChanType(p, dir, parseChanElem());
                case MAP:
                    return parseMapType();
                case STRUCT:
                    return parseStructType();
                case INTERFACE:
                    return parseInterfaceType();
                case IDENT:
                    return parseTypeName(null);
                case LPAREN:
                    next();
                    Expr t = parseType();
                    want(TokenKind.RPAREN);
                    return new Expr.Paren(p, t);
                default:
                    return null;
            }
        } finally {
            leave();
        }
    }

    /** ArrayType = "[" ArrayLength "]" ElementType ; "[" is consumed; {@code len} may be pre-parsed. */
    final Expr parseArrayType(Pos lbrack, Expr len) {
        if (len == null) {
            if (kind == TokenKind.ELLIPSIS) {
                len = new Expr.Ellipsis(pos, null);
                next();
            } else {
                xnest++;
                len = parseExpr();
                xnest--;
            }
        }
        if (kind == TokenKind.COMMA) {
            syntaxError("unexpected comma; expected ]");
            next();
        }
        want(TokenKind.RBRACK);
        return new Expr.ArrayType(lbrack, len, parseType());
    }

    /** MapType = "map" "[" KeyType "]" ElementType . */
    final Expr parseMapType() {
        Pos p = pos;
        want(TokenKind.MAP);
        want(TokenKind.LBRACK);
        Expr key = parseType();
        want(TokenKind.RBRACK);
        return new Expr.MapType(p, key, parseType());
    }

    private Expr parseChanElem() {
        Expr t = typeOrNull();
        if (t == null) {
            t = new Expr.Bad(pos);
            syntaxError("missing channel element type");
        }
        return t;
    }

    /** TypeName = identifier | PackageName "." identifier ; {@code first} may be already parsed. */
    final Expr parseTypeName(Ident first) {
        Expr x = first != null ? first : parseIdent();
        if (kind == TokenKind.PERIOD) {
            next();
            x = new Expr.Selector(x.pos(), x, parseIdent());
        }
        return x;
    }

    /** identifier ; reports "expected name" and returns "_" if there is none. */
    final Ident parseIdent() {
        if (kind == TokenKind.IDENT) {
            Ident id = new Ident(pos, tok.text());
            next();
            return id;
        }
        Ident bad = new Ident(pos, "_");
        syntaxError("expected name");
        advance();
        return bad;
    }

    /** IdentifierList = identifier { "," identifier } ; the first name is already parsed. */
    final List<Ident> parseIdentList(Ident first) {
        List<Ident> names = new ArrayList<>();
        names.add(first);
        while (got(TokenKind.COMMA)) {
            names.add(parseIdent());
        }
        return names;
    }

    // ---- functions -----------------------------------------------------------------------------

    /**
     * Signature = Parameters [ Result ] ; {@code funcPos} is the position of {@code func} (or of the
     * method name's "(" in interfaces), {@code context} names the construct for the generics error.
     */
    final Expr.FuncType parseSignature(Pos funcPos, String context) {
        if (kind == TokenKind.LBRACK) {
            syntaxError("type parameters are not supported");
            advance(TokenKind.RBRACK, TokenKind.LPAREN);
            got(TokenKind.RBRACK);
        }
        want(TokenKind.LPAREN);
        List<Field> params = parseParameters(TokenKind.RPAREN);
        return new Expr.FuncType(funcPos, params, parseResult());
    }

    /** Result = Parameters | Type . */
    final List<Field> parseResult() {
        if (got(TokenKind.LPAREN)) {
            return parseParameters(TokenKind.RPAREN);
        }
        Pos p = pos;
        Expr t = typeOrNull();
        return t == null ? List.of() : List.of(new Field(p, List.of(), t, null));
    }

    // One ParameterDecl before names and types are distributed: either part may be null.
    private record Param(Pos pos, Ident name, Expr type) {}

    /**
     * Parameters = "(" [ ParameterList [ "," ] ] ")" with "(" consumed. Go's rule: either every
     * parameter is named or none is; {@code (a, b int, c string)} groups names sharing a type.
     */
    final List<Field> parseParameters(TokenKind close) {
        List<Param> list = new ArrayList<>();
        list(close == TokenKind.RPAREN ? "parameter list" : "type parameter list", TokenKind.COMMA, close, () -> {
            Param par = parseParameterDecl(close);
            if (par != null) {
                list.add(par);
            }
            return false;
        });
        int named = 0;
        for (Param par : list) {
            if (par.name != null && par.type != null) {
                named++;
            }
        }
        if (named == 0) {
            // all unnamed: a lone name is a type name
            list.replaceAll(par -> par.name != null ? new Param(par.pos, null, par.name) : par);
        } else if (named != list.size()) {
            distributeTypes(list);
        }
        return group(list);
    }

    // Some parameters are named: fill missing types from the right ("a, b int"), as gc does.
    private void distributeTypes(List<Param> list) {
        Pos errPos = null;
        Expr typ = null;
        for (int i = list.size() - 1; i >= 0; i--) {
            Param par = list.get(i);
            if (par.type != null) {
                typ = par.type;
                if (par.name == null) {
                    errPos = typ.pos();
                    list.set(i, new Param(par.pos, new Ident(errPos, "_"), typ));
                }
            } else if (typ != null) {
                list.set(i, new Param(par.pos, par.name, typ));
            } else {
                errPos = par.name.pos();
                list.set(i, new Param(par.pos, par.name, new Expr.Bad(errPos)));
            }
        }
        if (errPos != null) {
            syntaxErrorAt(errPos, "mixed named and unnamed parameters");
        }
    }

    // Consecutive named parameters sharing one type node become one Field.
    private static List<Field> group(List<Param> list) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < list.size(); ) {
            Param first = list.get(i);
            if (first.name == null) {
                fields.add(new Field(first.pos, List.of(), first.type, null));
                i++;
                continue;
            }
            List<Ident> names = new ArrayList<>();
            int j = i;
            while (j < list.size() && list.get(j).name != null && list.get(j).type == first.type) {
                names.add(list.get(j).name);
                j++;
            }
            fields.add(new Field(first.pos, List.copyOf(names), first.type, null));
            i = j;
        }
        return fields;
    }

    /** ParameterDecl = [ IdentifierList ] [ "..." ] Type ; one name or type at a time, as in gc. */
    private Param parseParameterDecl(TokenKind close) {
        Pos p = pos;
        Ident name = null;
        if (kind == TokenKind.IDENT) {
            name = parseIdent();
            if (kind == TokenKind.PERIOD) {
                return new Param(p, null, parseTypeName(name)); // qualified type: pkg.T
            }
        }
        if (kind == TokenKind.ELLIPSIS) {
            Pos e = pos;
            next();
            Expr elt = typeOrNull();
            if (elt == null) {
                elt = new Expr.Bad(pos);
                syntaxError("... is missing type");
            }
            return new Param(p, name, new Expr.Ellipsis(e, elt));
        }
        Expr type = typeOrNull();
        if (name != null || type != null) {
            return new Param(p, name, type);
        }
        syntaxError("expected " + tokString(close));
        advance(TokenKind.COMMA, close);
        return null;
    }

    // ---- structs and interfaces ----------------------------------------------------------------

    /** StructType = "struct" "{" { FieldDecl ";" } "}" . */
    final Expr.StructType parseStructType() {
        Pos p = pos;
        want(TokenKind.STRUCT);
        want(TokenKind.LBRACE);
        List<Field> fields = new ArrayList<>();
        list("struct type", TokenKind.SEMICOLON, TokenKind.RBRACE, () -> {
            parseFieldDecl(fields);
            return false;
        });
        return new Expr.StructType(p, List.copyOf(fields));
    }

    /** FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] ; EmbeddedField = [ "*" ] TypeName . */
    private void parseFieldDecl(List<Field> fields) {
        Pos p = pos;
        switch (kind) {
            case IDENT -> {
                Ident name = parseIdent();
                if (kind == TokenKind.PERIOD || kind == TokenKind.STRING || kind == TokenKind.SEMICOLON
                        || kind == TokenKind.RBRACE) {
                    Expr type = parseTypeName(name); // embedded type
                    fields.add(new Field(p, List.of(), type, parseTag()));
                    return;
                }
                List<Ident> names = parseIdentList(name);
                Expr type = parseType();
                fields.add(new Field(p, List.copyOf(names), type, parseTag()));
            }
            case MUL -> {
                next();
                if (kind == TokenKind.LPAREN) {
                    syntaxError("cannot parenthesize embedded type");
                    next();
                    Expr type = parseTypeName(null);
                    got(TokenKind.RPAREN);
                    fields.add(new Field(p, List.of(), new Expr.Star(p, type), parseTag()));
                } else {
                    fields.add(new Field(p, List.of(), new Expr.Star(p, parseTypeName(null)), parseTag()));
                }
            }
            case LPAREN -> {
                syntaxError("cannot parenthesize embedded type");
                next();
                Expr type;
                if (kind == TokenKind.MUL) {
                    Pos star = pos;
                    next();
                    type = new Expr.Star(star, parseTypeName(null));
                } else {
                    type = parseTypeName(null);
                }
                got(TokenKind.RPAREN);
                fields.add(new Field(p, List.of(), type, parseTag()));
            }
            default -> {
                syntaxError("expected field name or embedded type");
                advance(TokenKind.SEMICOLON, TokenKind.RBRACE);
            }
        }
    }

    // Tag = string_lit ; returned decoded (a byte string), or null if absent.
    private String parseTag() {
        if (kind.isLiteral()) {
            String text = tok.text();
            TokenKind k = kind;
            next();
            return k == TokenKind.STRING ? Literals.unquoteString(text) : text;
        }
        return null;
    }

    /** InterfaceType = "interface" "{" { ( MethodSpec | InterfaceTypeName ) ";" } "}" . */
    final Expr.InterfaceType parseInterfaceType() {
        Pos p = pos;
        want(TokenKind.INTERFACE);
        want(TokenKind.LBRACE);
        List<Field> methods = new ArrayList<>();
        list("interface type", TokenKind.SEMICOLON, TokenKind.RBRACE, () -> {
            methods.add(parseMethodSpec());
            return false;
        });
        return new Expr.InterfaceType(p, List.copyOf(methods));
    }

    /** MethodSpec = MethodName Signature | InterfaceTypeName ; type unions are parsed but not typed. */
    private Field parseMethodSpec() {
        Pos p = pos;
        if (kind == TokenKind.IDENT) {
            Ident name = parseIdent();
            if (kind == TokenKind.LPAREN) {
                Expr.FuncType sig = parseSignature(pos, "interface method");
                return new Field(p, List.of(name), sig, null);
            }
            if (kind == TokenKind.LBRACK) {
                syntaxError("type parameters are not supported");
                advance(TokenKind.SEMICOLON, TokenKind.RBRACE);
                return new Field(p, List.of(), name, null);
            }
            return new Field(p, List.of(), parseEmbeddedElem(parseTypeName(name)), null);
        }
        return new Field(p, List.of(), parseEmbeddedElem(null), null);
    }

    // EmbeddedElem = EmbeddedTerm { "|" EmbeddedTerm } ; EmbeddedTerm = [ "~" ] Type .
    private Expr parseEmbeddedElem(Expr first) {
        Expr x = first != null ? first : parseEmbeddedTerm();
        while (kind == TokenKind.OR) {
            Pos op = pos;
            next();
            x = new Expr.Binary(x.pos(), TokenKind.OR, op, x, parseEmbeddedTerm());
        }
        return x;
    }

    private Expr parseEmbeddedTerm() {
        if (kind == TokenKind.TILDE) {
            Pos p = pos;
            next();
            return new Expr.Unary(p, TokenKind.TILDE, parseType());
        }
        Expr t = typeOrNull();
        if (t == null) {
            t = new Expr.Bad(pos);
            syntaxError("expected ~ term or type");
            advance(TokenKind.OR, TokenKind.SEMICOLON, TokenKind.RPAREN, TokenKind.RBRACK, TokenKind.RBRACE);
        }
        return t;
    }
}
