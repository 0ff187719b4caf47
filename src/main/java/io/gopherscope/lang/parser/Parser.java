package io.gopherscope.lang.parser;

import io.gopherscope.lang.ast.Decl;
import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.ast.Stmt;
import io.gopherscope.lang.scanner.ErrorList;
import io.gopherscope.lang.scanner.Literals;
import io.gopherscope.lang.token.Pos;
import io.gopherscope.lang.token.TokenKind;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.List;

/**
 * The Go parser's entry point and its declaration productions: SourceFile, PackageClause,
 * ImportDecl, ConstDecl (with implicit repetition and iota), VarDecl, TypeDecl, FunctionDecl and
 * MethodDecl. Mirrors {@code go/parser.ParseFile} with the messages of gc's
 * {@code cmd/compile/internal/syntax/parser.go}; expressions, types and statements are parsed by
 * the layers this class extends ({@link TypeParser}, {@link ExprParser}, {@link StmtParser},
 * {@link ControlParser}).
 *
 * <p>Parsing never throws: after a syntax error the parser resynchronizes and goes on, so several
 * errors (on different lines) are reported, and the result holds whatever file could be built.
 * Nesting deeper than {@code MAX_DEPTH} ends with {@code exceeded max nesting depth} (go/parser's
 * wording); the parse runs on a short-lived thread with a stack large enough for that limit.
 * Imports are kept in {@link Decl.File#imports()} only, not among the declarations.
 */
public final class Parser extends ControlParser {

    /** The parsed file (never null, possibly partial) and every scanner and parser error. */
    public record Result(Decl.File file, ErrorList errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    // The file being built; fields so that a bailout still returns what was parsed.
    private Pos filePos = Pos.NONE;
    private Expr.Ident pkgName;
    private final List<Decl.ImportSpec> imports = new ArrayList<>();
    private final List<Decl> decls = new ArrayList<>();

    private Parser(String source, int goMinor) {
        super(source, goMinor);
    }

    /** The Go release whose wording {@link #parse(String)} uses: the project's default, Go 1.23. */
    public static final int DEFAULT_GO_MINOR = 23;

    /** Parses a Go source file, wording errors as the default Go release does. */
    public static Result parse(String source) {
        return parse(source, DEFAULT_GO_MINOR);
    }

    /**
     * Parses a Go source file; {@code goMinor} is the Go 1.x release whose gc error wording to use
     * ({@code expecting} before 1.20, {@code name x} / {@code keyword func} from 1.23).
     */
    public static Result parse(String source, int goMinor) {
        // Parse on a thread of our own whose stack always fits MAX_DEPTH, so deep nesting ends in
        // "exceeded max nesting depth" whatever the caller's stack; a StackOverflowError caught
        // mid-parse could leave a class or call site half-initialized for the JVM's lifetime.
        AtomicReference<Result> out = new AtomicReference<>();
        Thread t = new Thread(null, () -> out.set(parseHere(source, goMinor)), "go-parser", STACK_SIZE);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((thread, e) -> { }); // reported below as an internal error
        t.start();
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true; // finish the (short) parse, then restore the flag
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (out.get() == null) { // the parser thread died of an Error such as OutOfMemoryError
            ErrorList errors = new ErrorList();
            errors.add(1, 1, "internal parser error");
            return new Result(new Decl.File(Pos.NONE, new Expr.Ident(Pos.NONE, "_"), List.of(), List.of()), errors);
        }
        return out.get();
    }

    /** Stack for the parser thread: MAX_DEPTH of the deepest production chain needs about 4 MB. */
    static final long STACK_SIZE = 16L << 20;

    /** Parses on the calling thread; package-private for tests that measure the stack need. */
    static Result parseHere(String source, int goMinor) {
        Parser p = new Parser(source, goMinor);
        try {
            p.parseFile();
        } catch (Bailout b) {
            // nesting limit reached: the error is reported, keep what was parsed
        } catch (RuntimeException e) {
            // a parser bug must not take the engine down: report it like a compile error
            p.errors.add(p.pos, "internal parser error: " + e);
        }
        return new Result(p.file(), p.errors);
    }

    private Decl.File file() {
        Expr.Ident name = pkgName != null ? pkgName : new Expr.Ident(filePos, "_");
        return new Decl.File(filePos, name, List.copyOf(imports), List.copyOf(decls));
    }

    /** SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
    private void parseFile() {
        filePos = pos;
        if (!got(TokenKind.PACKAGE)) {
            syntaxError("package statement must be first");
            return;
        }
        pkgName = parseIdent();
        want(TokenKind.SEMICOLON);
        if (!errors.isEmpty()) {
            return; // as gc: don't bother continuing if the package clause has errors
        }
        TokenKind prev = TokenKind.IMPORT;
        while (kind != TokenKind.EOF) {
            if (kind == TokenKind.IMPORT && prev != TokenKind.IMPORT) {
                if (legacyWording()) {
                    // before Go 1.20 a late import is just a misplaced statement
                    syntaxError("non-declaration statement outside function body");
                    advance(TokenKind.CONST, TokenKind.TYPE, TokenKind.VAR, TokenKind.FUNC);
                    continue;
                }
                syntaxError("imports must appear before other declarations");
            }
            prev = kind;
            if (!parseTopLevelDecl()) {
                continue;
            }
            if (kind != TokenKind.EOF && !got(TokenKind.SEMICOLON)) {
                syntaxError("after top level declaration");
                advance(TokenKind.IMPORT, TokenKind.CONST, TokenKind.TYPE, TokenKind.VAR, TokenKind.FUNC);
            }
        }
    }

    // TopLevelDecl = Declaration | FunctionDecl | MethodDecl ; returns false after resynchronizing.
    private boolean parseTopLevelDecl() {
        switch (kind) {
            case IMPORT -> parseImportDecl();
            case CONST, TYPE, VAR -> decls.add(parseGenDecl());
            case FUNC -> decls.add(parseFuncDecl());
            default -> {
                if (kind == TokenKind.LBRACE && !decls.isEmpty()
                        && decls.get(decls.size() - 1) instanceof Decl.FuncDecl f && f.body() == null) {
                    syntaxError("unexpected semicolon or newline before {"); // "{" of a func on the next line
                } else {
                    syntaxError("non-declaration statement outside function body");
                }
                advance(TokenKind.IMPORT, TokenKind.CONST, TokenKind.TYPE, TokenKind.VAR, TokenKind.FUNC);
                return false;
            }
        }
        return true;
    }

    /** ImportDecl = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" ) . */
    private void parseImportDecl() {
        want(TokenKind.IMPORT);
        if (got(TokenKind.LPAREN)) {
            list("grouped declaration", TokenKind.SEMICOLON, TokenKind.RPAREN, () -> {
                parseImportSpec();
                return false;
            });
        } else {
            parseImportSpec();
        }
    }

    /** ImportSpec = [ "." | PackageName ] ImportPath ; the path is stored unquoted. */
    private void parseImportSpec() {
        Pos p = pos;
        Expr.Ident name = null;
        if (kind == TokenKind.IDENT) {
            name = parseIdent();
        } else if (kind == TokenKind.PERIOD) {
            name = new Expr.Ident(pos, ".");
            next();
        }
        if (kind == TokenKind.STRING) {
            imports.add(new Decl.ImportSpec(p, name, Literals.unquoteString(tok.text())));
            next();
        } else if (kind.isLiteral()) {
            syntaxError("import path must be a string");
            next();
        } else {
            syntaxError("missing import path");
            advance(TokenKind.SEMICOLON, TokenKind.RPAREN);
        }
    }

    /** Declaration = ConstDecl | TypeDecl | VarDecl ; the current token is the keyword. */
    @Override
    Decl.GenDecl parseGenDecl() {
        Pos p = pos;
        TokenKind k = kind;
        next();
        List<Decl.Spec> specs = new ArrayList<>();
        if (got(TokenKind.LPAREN)) {
            list("grouped declaration", TokenKind.SEMICOLON, TokenKind.RPAREN, () -> {
                specs.add(parseSpec(k, specs));
                return false;
            });
        } else {
            specs.add(parseSpec(k, specs));
        }
        return new Decl.GenDecl(p, k, List.copyOf(specs));
    }

    private Decl.Spec parseSpec(TokenKind k, List<Decl.Spec> previous) {
        return switch (k) {
            case CONST -> parseConstSpec(previous);
            case VAR -> parseVarSpec();
            default -> parseTypeSpec();
        };
    }

    /**
     * ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] ; a spec without type and values
     * repeats (a copy of) the previous spec's, with its own iota.
     */
    private Decl.ValueSpec parseConstSpec(List<Decl.Spec> previous) {
        Pos p = pos;
        List<Expr.Ident> names = parseIdentList(parseIdent());
        Expr type = null;
        List<Expr> values = List.of();
        if (kind != TokenKind.EOF && kind != TokenKind.SEMICOLON && kind != TokenKind.RPAREN) {
            type = typeOrNull();
            if (gotAssign()) {
                values = List.copyOf(parseExprList());
            }
        }
        int iota = previous.size();
        if (type == null && values.isEmpty() && !previous.isEmpty()
                && previous.get(iota - 1) instanceof Decl.ValueSpec last) {
            type = ExprCopy.copy(last.type());
            values = ExprCopy.list(last.values());
        }
        return new Decl.ValueSpec(p, List.copyOf(names), type, values, iota);
    }

    /** VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) ; iota is 0. */
    private Decl.ValueSpec parseVarSpec() {
        Pos p = pos;
        List<Expr.Ident> names = parseIdentList(parseIdent());
        Expr type = null;
        List<Expr> values = List.of();
        if (gotAssign()) {
            values = List.copyOf(parseExprList());
        } else {
            type = parseType();
            if (gotAssign()) {
                values = List.copyOf(parseExprList());
            }
        }
        return new Decl.ValueSpec(p, List.copyOf(names), type, values, 0);
    }

    // "=" (also accepts ":=", reporting it, for better recovery, as gc does).
    private boolean gotAssign() {
        if (kind == TokenKind.DEFINE) {
            syntaxError("expected =");
            next();
            return true;
        }
        return got(TokenKind.ASSIGN);
    }

    /** TypeSpec = AliasDecl | TypeDef ; AliasDecl = identifier "=" Type ; TypeDef = identifier Type . */
    private Decl.TypeSpec parseTypeSpec() {
        Pos p = pos;
        Expr.Ident name = parseIdent();
        if (kind == TokenKind.LBRACK) {
            Pos lbrack = pos;
            next();
            if (got(TokenKind.RBRACK)) {
                return new Decl.TypeSpec(p, name, false, new Expr.ArrayType(lbrack, null, parseType()));
            }
            if (kind == TokenKind.IDENT && startsTypeParam(peek().kind())) {
                syntaxErrorAt(lbrack, "type parameters are not supported");
                advance(TokenKind.RBRACK);
                got(TokenKind.RBRACK);
            } else {
                return new Decl.TypeSpec(p, name, false, parseArrayType(lbrack, null));
            }
        }
        boolean alias = got(TokenKind.ASSIGN);
        Expr type = typeOrNull();
        if (type == null) {
            type = new Expr.Bad(pos);
            syntaxError("in type declaration");
            advance(TokenKind.SEMICOLON, TokenKind.RPAREN);
        }
        return new Decl.TypeSpec(p, name, alias, type);
    }

    // In "type T[P C]", the token after P tells a type parameter from an array length "[N]".
    private static boolean startsTypeParam(TokenKind k) {
        return switch (k) {
            case IDENT, INTERFACE, TILDE, COMMA, LBRACK, FUNC, MAP, CHAN, STRUCT -> true;
            default -> false;
        };
    }

    /**
     * FunctionDecl = "func" FunctionName Signature [ FunctionBody ] ;
     * MethodDecl = "func" Receiver MethodName Signature [ FunctionBody ] .
     */
    private Decl.FuncDecl parseFuncDecl() {
        Pos p = pos;
        want(TokenKind.FUNC);
        Expr.Field recv = null;
        boolean method = false;
        if (kind == TokenKind.LPAREN) {
            method = true;
            next();
            List<Expr.Field> rcvr = parseParameters(TokenKind.RPAREN);
            int n = rcvr.stream().mapToInt(f -> Math.max(1, f.names().size())).sum();
            if (n == 0) {
                errorAt(pos, "method has no receiver");
            } else {
                if (n > 1) {
                    errorAt(pos, "method has multiple receivers");
                }
                Expr.Field first = rcvr.get(0);
                recv = first.names().size() > 1
                        ? new Expr.Field(first.pos(), List.of(first.names().get(0)), first.type(), null) : first;
            }
        }
        Expr.Ident name;
        Expr.FuncType type;
        if (kind == TokenKind.IDENT) {
            name = parseIdent();
            type = parseSignature(p, method ? "method" : "");
        } else {
            name = new Expr.Ident(pos, "_");
            type = new Expr.FuncType(pos, List.of(), List.of());
            syntaxError(method ? "expected name" : "expected name or (");
            advance(TokenKind.LBRACE, TokenKind.SEMICOLON);
        }
        Stmt.Block body = kind == TokenKind.LBRACE ? parseFuncBody() : null;
        return new Decl.FuncDecl(p, recv, name, type, body);
    }
}
