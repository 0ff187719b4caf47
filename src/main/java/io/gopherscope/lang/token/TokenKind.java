package io.gopherscope.lang.token;

/**
 * The lexical tokens of Go, mirroring {@code go/token.Token}. The text is what gc's syntax errors
 * print for the token (for example {@code unexpected newline} for an automatic semicolon).
 */
public enum TokenKind {
    EOF("EOF"),
    IDENT("name"), INT("literal"), FLOAT("literal"), IMAG("literal"), CHAR("literal"), STRING("literal"),

    ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"),
    AND("&"), OR("|"), XOR("^"), SHL("<<"), SHR(">>"), AND_NOT("&^"),
    ADD_ASSIGN("+="), SUB_ASSIGN("-="), MUL_ASSIGN("*="), QUO_ASSIGN("/="), REM_ASSIGN("%="),
    AND_ASSIGN("&="), OR_ASSIGN("|="), XOR_ASSIGN("^="), SHL_ASSIGN("<<="), SHR_ASSIGN(">>="), AND_NOT_ASSIGN("&^="),
    LAND("&&"), LOR("||"), ARROW("<-"), INC("++"), DEC("--"),
    EQL("=="), LSS("<"), GTR(">"), ASSIGN("="), NOT("!"),
    NEQ("!="), LEQ("<="), GEQ(">="), DEFINE(":="), ELLIPSIS("..."),
    LPAREN("("), LBRACK("["), LBRACE("{"), COMMA(","), PERIOD("."),
    RPAREN(")"), RBRACK("]"), RBRACE("}"), SEMICOLON(";"), COLON(":"), TILDE("~"),

    BREAK("break"), CASE("case"), CHAN("chan"), CONST("const"), CONTINUE("continue"),
    DEFAULT("default"), DEFER("defer"), ELSE("else"), FALLTHROUGH("fallthrough"), FOR("for"),
    FUNC("func"), GO("go"), GOTO("goto"), IF("if"), IMPORT("import"), INTERFACE("interface"),
    MAP("map"), PACKAGE("package"), RANGE("range"), RETURN("return"), SELECT("select"),
    STRUCT("struct"), SWITCH("switch"), TYPE("type"), VAR("var");

    public final String text;

    TokenKind(String text) {
        this.text = text;
    }

    public boolean isKeyword() {
        return ordinal() >= BREAK.ordinal();
    }

    public boolean isLiteral() {
        return ordinal() >= INT.ordinal() && ordinal() <= STRING.ordinal();
    }

    /** Binary operator precedence as in the Go spec (0 = not a binary operator). */
    public int precedence() {
        return switch (this) {
            case LOR -> 1;
            case LAND -> 2;
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> 3;
            case ADD, SUB, OR, XOR -> 4;
            case MUL, QUO, REM, SHL, SHR, AND, AND_NOT -> 5;
            default -> 0;
        };
    }

    public static TokenKind keyword(String s) {
        return switch (s) {
            case "break" -> BREAK; case "case" -> CASE; case "chan" -> CHAN; case "const" -> CONST;
            case "continue" -> CONTINUE; case "default" -> DEFAULT; case "defer" -> DEFER; case "else" -> ELSE;
            case "fallthrough" -> FALLTHROUGH; case "for" -> FOR; case "func" -> FUNC; case "go" -> GO;
            case "goto" -> GOTO; case "if" -> IF; case "import" -> IMPORT; case "interface" -> INTERFACE;
            case "map" -> MAP; case "package" -> PACKAGE; case "range" -> RANGE; case "return" -> RETURN;
            case "select" -> SELECT; case "struct" -> STRUCT; case "switch" -> SWITCH; case "type" -> TYPE;
            case "var" -> VAR;
            default -> null;
        };
    }
}
