package io.gopherscope.lang.parser;

import io.gopherscope.lang.ast.AstPrinter;
import io.gopherscope.lang.scanner.SyntaxError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * One-line valid and invalid programs, after {@code go/parser}'s short_test.go. Snippets not
 * starting with {@code package} are wrapped in {@code package main; func f() { ... }}. An
 * invalid snippet marks each expected error with {@code /* ERROR "regexp" *}{@code /}: gc must
 * report an error matching the regexp at the first token after the marker (same line and
 * column), and no other error.
 */
class ParserShortTest {

    private static final String[] VALID = {
        "x := 1",
        "x, y := 1, 2",
        "x = y",
        "x += 1; x -= 1; x *= 2; x /= 2; x %= 3; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1; x &^= 1",
        "x++; x--",
        "a[i] = b; p.x = 1; *p = 1",
        "ch <- v",
        "<-ch",
        "v := <-ch",
        "v, ok := <-ch",
        "v, ok = <-ch",
        "if x {}",
        "if x := f(); x > 0 {} else {}",
        "if a {} else if b {} else {}",
        "for {}",
        "for x < 10 {}",
        "for i := 0; i < 10; i++ {}",
        "for ;; {}",
        "for i := 0; ; {}",
        "for ; i < 3; {}",
        "for range ch {}",
        "for i := range 10 {}",
        "for k, v := range m {}",
        "for _, v = range s {}",
        "for k := range m {}",
        "switch {}",
        "switch x {}",
        "switch x := f(); x { case 1, 2: default: }",
        "switch { case x > 1: fallthrough; case x < 1: }",
        "switch x.(type) {}",
        "switch v := x.(type) { case int, string: case nil: case []int, map[string]int, chan int, func(): case *T: default: }",
        "switch x := 1; v := y.(type) { case error: _ = v }",
        "select {}",
        "select { case v := <-ch: case ch <- 1: case <-ch: case v, ok = <-ch: default: }",
        "select { case x, ok := <-ch: _ = x; _ = ok }",
        "go f()",
        "go func() {}()",
        "defer f()",
        "defer func() { recover() }()",
        "defer mu.Unlock()",
        "return",
        "return 1, f(x)",
        "L: for { break L }",
        "L: for { continue L }",
        "goto L; L: ;",
        "goto L; L:",
        "var x int",
        "var x, y = 1, 2",
        "var (a int; b = 2)",
        "const c = 1",
        "const (a = iota; b)",
        "type T int",
        "type P = *T",
        "type S struct{}",
        "f(a, b...)",
        "f(g()...)",
        "f(a, b,)",
        "_ = T{1, 2}",
        "_ = T{a: 1, b: 2}",
        "_ = []int{1, 2, 3,}",
        "_ = [...]string{\"a\"}",
        "_ = map[string][]int{\"a\": {1}}",
        "_ = [][]int{{1}, {2, 3}}",
        "_ = &T{}",
        "_ = []*T{{}, nil}",
        "_ = pkg.T{}",
        "_ = s[1:]; _ = s[:2]; _ = s[:]; _ = s[1:2:3]; _ = s[:2:3]",
        "_ = x.(T); _ = x.(*T); _ = x.(interface{ M() })",
        "_ = func(a, b int) int { return a + b }(1, 2)",
        "_ = (*T).M",
        "_ = []byte(\"x\")",
        "_ = (<-chan int)(nil)",
        "_ = make(chan<- chan int)",
        "_ = make(<-chan <-chan int)",
        "_ = map[string]func() int{}",
        "_ = -x + ^y * +z; _ = !b",
        "_ = a || b && c == d",
        "_ = x << 1 >> 2 &^ 3 | 4",
        "_ = 'a' + '\\n' + '\\x41' + '\\u00e9' + '\\''",
        "_ = \"a\\tb\" + `raw\\n`",
        "_ = 0x1F + 0o17 + 0b1 + 017 + 1_000 + 1.5e3 + 0x1p-2 + .5 + 1.",
        "_ = 2i",
        "if x := (T{}); x.ok {}",
        "for _, x := range []T{{1}, {2}} {}",
        "if (T{}) == x {}",
        "switch (T{}) {}",
        "if f(T{}) {}",
        "if x == (T{1}) {}",
        "if m[T{}] {}",
        "if func() bool { return T{} == x }() {}",
        "{ x := 1; _ = x }",
        ";",
        "var f func(int, string) (int, error)",
        "var c chan<- int",
        "var i interface{ M(int) string; fmt.Stringer }",
        "var s struct { a, b int; *T; fmt.Stringer; c string \"tag\" }",
        "var a [3][4]int",
        "var p *[]map[string]*T",
        "package main; import \"fmt\"",
        "package main; import (\"fmt\"; \"strings\")",
        "package main; import f \"fmt\"",
        "package main; import . \"fmt\"",
        "package main; import _ \"fmt\"",
        "package main; func (t *T) M() {}",
        "package main; func (T) M() {}",
        "package main; func (t T) M(a, b int, c ...string) (x int, err error) { return }",
        "package main; func f() (int) { return 1 }",
        "package main; type T struct { x int }; func (t T) String() string { return \"\" }",
        "package main; type I interface { M(); N(int) (string, error) }",
        "package main; func f(int, string) {}",
        "package main; func f(a, b, c int) {}",
        "package main; func f(...int) {}",
        "package main; func f(a int, b ...interface{}) {}",
        "package main; type A [10]int",
        "package main; type A [N*2]int",
        "package main; type A []int",
        "package main; var x = func() {}",
        "package main\nfunc main() {\n}\n",
        "package main; const ( A = iota; B; C )",
        "package main; type ( A int; B = A )",
        "package main; func f()",
        "L: for { for { continue L } }",
        "L: switch { case true: break L }",
        "L: select { default: break L }",
        "L: for range ch { select { case <-ch: break L } }",
        "goto L; L: x := 1; _ = x",
        "func() { L: goto L }()",
        "_: for {}",
    };

    private static final String[] INVALID = {
        "if x {} else /* ERROR \"else must be followed by if or statement block\" */ y {}",
        "x := 1 /* ERROR \"unexpected name y at end of statement\" */ y := 2",
        "f(a /* ERROR \"unexpected name b in argument list; possibly missing comma or \\)\" */ b)",
        "go /* ERROR \"expression in go must be function call\" */ x",
        "defer /* ERROR \"expression in defer must be function call\" */ x.y",
        "defer /* ERROR \"expression in defer must not be parenthesized\" */ (f())",
        "package main; /* ERROR \"non-declaration statement outside function body\" */ x := 1",
        "for i := 0; i < 10; /* ERROR \"cannot declare in post statement of for loop\" */ i := i + 1 {}",
        "if /* ERROR \"cannot use assignment x = 1 as value\" */ x = 1 {}",
        "if /* ERROR \"cannot use assignment \\(a \\+ b\\) = c as value\" */ a + b = c {}",
        "if /* ERROR \"cannot use x := 1 as value\" */ x := 1 {}",
        "_ = a[1:2: /* ERROR \"final index required in 3-index slice\" */ ]",
        "_ = a[1: /* ERROR \"middle index required in 3-index slice\" */ :3]",
        "switch x { case 1 /* ERROR \"unexpected }, expected :\" */ }",
        "select { case /* ERROR \"select case must be receive, send or assign recv\" */ x > 1: }",
        "package main; func f(a int, /* ERROR \"mixed named and unnamed parameters\" */ string) {}",
        "package main; var x = /* ERROR \"invalid character U\\+0040 '@'\" */ @",
        "package main; var x = /* ERROR \"more than one character in rune literal\" */ 'ab'",
        "if x /* ERROR \"unexpected newline, expected \\{ after if clause\" */\n{}",
        "package main; func main()\n/* ERROR \"unexpected semicolon or newline before \\{\" */ {}",
        "package main; var x int; /* ERROR \"imports must appear before other declarations\" */ import \"fmt\"",
        "x. /* ERROR \"unexpected }, expected name or \\(\" */ }",
        "package main; type T struct { /* ERROR \"unexpected literal 1, expected field name or embedded type\" */ 1 }",
        "m := map[string]int{\"a\": 1 /* ERROR \"unexpected literal \\\"b\\\" in composite literal; possibly missing comma or }\" */ \"b\": 2}",
        "goto /* ERROR \"unexpected }, expected name\" */ }",
        "package main; func f /* ERROR \"type parameters are not supported\" */ [T any]() {}",
        "package main; type List /* ERROR \"type parameters are not supported\" */ [T any] struct{}",
        "package main; var x = 1 + /* ERROR \"unexpected EOF, expected expression\" */",
        "x := /* ERROR \"unexpected keyword range, expected expression\" */ range y",
        "fmt.Println(\"a\" /* ERROR \"unexpected semicolon in argument list; possibly missing comma or \\)\" */ ; x)",
        "for i := 0; /* ERROR \"expected for loop condition\" */ {}",
        "package main; func (a, b T) /* ERROR \"method has multiple receivers\" */ f() {}",
        "package main; func () /* ERROR \"method has no receiver\" */ f() {}",
        "/* ERROR \"package statement must be first\" */ func main() {}",
        "package main; type T struct { a int /* ERROR \"unexpected name b in struct type; possibly missing semicolon or newline or }\" */ b int }",
        "_ = s[1:2:3 /* ERROR \"unexpected :, expected ]\" */ :4]",
        "var c <-chan <- /* ERROR \"unexpected name int, expected keyword chan\" */ int",
        "x++ /* ERROR \"unexpected = at end of statement\" */ = 2",
        "a, b /* ERROR \"unexpected \\+\\+, expected := or = or comma\" */ ++",
        "if /* ERROR \"missing condition in if statement\" */ {}",
        "package main; import /* ERROR \"missing import path\" */ ;",
        "package main; import /* ERROR \"import path must be a string\" */ 42",
        "var x /* ERROR \"unexpected }, expected type\" */ }",
        "package main; type T /* ERROR \"unexpected semicolon in type declaration\" */ ;",
        "for a, b, /* ERROR \"range clause permits at most two iteration variables\" */ c := range m {}",
        "var x /* ERROR \"unexpected :=, expected =\" */ := 2",
        "for i := 0; i < 3; i++ /* ERROR \"expected for loop|unexpected newline, expected \\{ after for clause\" */\n{}",
        "if x {\n} /* ERROR \"unexpected name y at end of statement\" */ y := 1\n/* ERROR \"unexpected keyword else, expected }\" */ else {}",
        "x := [] /* ERROR \"unexpected }, expected type\" */",
        "x := /* ERROR \"unexpected keyword if, expected expression\" */ if",
        "x = /* ERROR \"unexpected comma, expected expression\" */ ,",
        "if x { } else { } /* ERROR \"unexpected keyword else at end of statement\" */ else {}",
        "/* ERROR \"label L defined and not used\" */ L: for {}",
        "/* ERROR \"break is not in a loop, switch, or select\" */ break",
        "/* ERROR \"continue is not in a loop\" */ continue",
        "switch { case true: /* ERROR \"continue is not in a loop\" */ continue }",
        "goto /* ERROR \"label M not defined\" */ M",
        "L: if true { break /* ERROR \"invalid break label L\" */ L }",
        "for { continue /* ERROR \"continue label not defined: X\" */ X }",
        "L: switch { case true: continue /* ERROR \"invalid continue label L\" */ L }",
        "goto /* ERROR \"goto L jumps over declaration of x at 1:\\d+\" */ L; x := 1; _ = x; L: ;",
        "goto /* ERROR \"goto L jumps into block starting at 1:\\d+\" */ L; { L: ; }",
        "L: ; /* ERROR \"label L already defined at 1:\\d+\" */ L: ; goto L",
        "x := struct{ a int }{1 /* ERROR \"unexpected name b in composite literal; possibly missing comma or }\" */ b}",
    };

    /** Errors in Go 1.19 wording ("expecting", bare names), for the conformance corpus's toolchain. */
    private static final String[] INVALID_GO119 = {
        "f(a /* ERROR \"unexpected b, expecting comma or \\)\" */ b)",
        "x := 1 /* ERROR \"unexpected y at end of statement\" */ y := 2",
        "if x /* ERROR \"unexpected newline, expecting \\{ after if clause\" */\n{}",
        "x := /* ERROR \"unexpected range, expecting expression\" */ range y",
        "package main; var x int; /* ERROR \"non-declaration statement outside function body\" */ import \"fmt\"",
    };

    /** Go 1.20 to 1.22: "expected", list contexts, bare names. */
    private static final String[] INVALID_GO120 = {
        "f(a /* ERROR \"unexpected b in argument list; possibly missing comma or \\)\" */ b)",
        "x := /* ERROR \"unexpected range, expected expression\" */ range y",
    };

    private static String wrap(String src) {
        return src.startsWith("package") || src.startsWith("/* ERROR \"package") ? src : "package main; func f() { " + src + " }";
    }

    @TestFactory
    Stream<DynamicTest> valid() {
        return Stream.of(VALID).map(src -> dynamicTest(src, () -> {
            Parser.Result r = Parser.parse(wrap(src));
            assertTrue(r.ok(), () -> wrap(src) + "\n" + r.errors());
            assertNotNull(r.file());
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalid() {
        return Stream.of(
                Stream.of(INVALID).map(src -> dynamicTest(src, () -> checkErrors(wrap(src), Parser.DEFAULT_GO_MINOR))),
                Stream.of(INVALID_GO119).map(src -> dynamicTest("go1.19: " + src, () -> checkErrors(wrap(src), 19))),
                Stream.of(INVALID_GO120).map(src -> dynamicTest("go1.20: " + src, () -> checkErrors(wrap(src), 20))))
                .flatMap(s -> s);
    }

    private record Expected(int line, int col, Pattern rx) {}

    private static final Pattern MARKER = Pattern.compile("/\\* ERROR \"((?:[^\"\\\\]|\\\\.)*)\" \\*/");

    // Each marker expects an error at the first non-blank character after it (gc reports at the token).
    private static void checkErrors(String src, int goMinor) {
        List<Expected> expected = new ArrayList<>();
        Matcher m = MARKER.matcher(src);
        while (m.find()) {
            int at = m.end();
            while (at < src.length() && (src.charAt(at) == ' ' || src.charAt(at) == '\t')) {
                at++;
            }
            String before = src.substring(0, at);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            String lineText = before.substring(before.lastIndexOf('\n') + 1);
            int col = lineText.getBytes(StandardCharsets.UTF_8).length + 1;
            expected.add(new Expected(line, col, Pattern.compile(m.group(1).replace("\\\"", "\""))));
        }
        assertTrue(!expected.isEmpty(), "no ERROR marker in " + src);
        List<SyntaxError> got = Parser.parse(src, goMinor).errors().sorted();
        for (Expected e : expected) {
            SyntaxError match = got.stream().filter(g -> g.line() == e.line()).findFirst().orElse(null);
            if (match == null) {
                fail("missing error at " + e.line() + ":" + e.col() + " matching " + e.rx() + " in\n" + src + "\ngot: " + got);
            }
            assertTrue(e.rx().matcher(match.message()).find(),
                    () -> "error " + match + " does not match " + e.rx() + " in\n" + src);
            assertEquals(e.line() + ":" + e.col(), match.line() + ":" + match.col(),
                    () -> "error " + match + " at wrong position in\n" + src);
        }
        assertEquals(expected.size(), got.size(), () -> "unexpected extra errors " + got + " in\n" + src);
    }

    // ---- AST shapes --------------------------------------------------------------------------

    private static final String[][] SHAPES = {
        {"package main; const (a, b = iota, iota * 2; c, d; _)",
            "(const (spec [a b] _ [iota (* iota 2)]) (spec [c d] _ [iota (* iota 2)] iota=1) (spec [_] _ [iota (* iota 2)] iota=2))"},
        {"package main; const (x int = 1; y)", "(const (spec [x] int [1]) (spec [y] int [1] iota=1))"},
        {"package main; func f(a, b int, c ...string) (int, error)",
            "(func f (functype (params (field a b int) (field c (... string))) (results (field int) (field error))) _)"},
        {"package main; func f(int, string)", "(func f (functype (params (field int) (field string)) (results)) _)"},
        {"package main; func (p *T) M()", "(func (recv (field p (* T))) M (functype (params) (results)) _)"},
        {"package main; var c <-chan <-chan int", "(var (spec [c] (chan <- (chan <- int)) []))"},
        {"package main; var c chan<- chan int", "(var (spec [c] (chan<- (chan int)) []))"},
        {"package main; var c = (<-chan chan<- int)(nil)", "(var (spec [c] _ [(call (paren (chan <- (chan<- int))) nil)]))"},
        {"package main; type T struct { a, b int; *U; fmt.Stringer \"t\" }",
            "(type (type T (struct (field a b int) (field (* U)) (field (sel fmt Stringer) tag=t))))"},
        {"package main; type I interface { M(x int) bool; io.Reader }",
            "(type (type I (interface (field M (functype (params (field x int)) (results (field bool)))) (field (sel io Reader)))))"},
        {"switch y := x.(type) { case int, nil: default: }",
            "(typeswitch _ y x (case int nil :) (default :))"},
        {"switch x.(type) {}", "(typeswitch _ _ x)"},
        {"select { case v, ok := <-ch: case ch <- 1: case <-ch: default: }",
            "(select (case (:= [v ok] [(<- ch)]) :) (case (send ch 1) :) (case (<- ch) :) (default :))"},
        {"for range ch {}", "(range _ _ _ ch (block))"},
        {"for i := range 10 {}", "(range i _ := 10 (block))"},
        {"for k, v = range m {}", "(range k v = m (block))"},
        {"for i := 0; i < 3; i++ {}", "(for (:= [i] [0]) (< i 3) (++ i) (block))"},
        {"for ;; {}", "(for _ _ _ (block))"},
        {"if x := f(); x {} else if y {} else {}", "(if (:= [x] [(call f)]) x (block) (if _ y (block) (block)))"},
        {"x := T{a: 1, b: []int{2}}[0:1:2]", "(:= [x] [(slice (lit T (kv a 1) (kv b (lit (slicetype int) 2))) 0 1 2)])"},
        {"f(a, b...)", "(call f a b ...)"},
        {"L: for { break L }", "(label L (for _ _ _ (block (break L))))"},
        {"x = a + b * c - d", "(= [x] [(- (+ a (* b c)) d)])"},
        {"x = <-ch + -y", "(= [x] [(+ (<- ch) (- y))])"},
        {"_ = [...]int{1, 2}", "(= [_] [(lit (array (... _) int) 1 2)])"},
    };

    @TestFactory
    Stream<DynamicTest> shapes() {
        return Stream.of(SHAPES).map(c -> dynamicTest(c[0], () -> {
            Parser.Result r = Parser.parse(wrap(c[0]));
            assertTrue(r.ok(), r.errors()::toString);
            String printed = AstPrinter.print(r.file());
            String body = c[0].startsWith("package") ? printed : printed.replaceFirst(
                    "^\\(file main \\(func f \\(functype \\(params\\) \\(results\\)\\) \\(block (.*)\\)\\)\\)$", "$1");
            assertTrue(body.contains(c[1]), () -> "expected " + c[1] + "\n in " + printed);
        }));
    }

    @Test
    void positions() {
        Parser.Result r = Parser.parse("package main\n\nfunc main() {\n\tx := a.b(1, \"é\") + y\n\tz := []int{1}\n}\n");
        assertTrue(r.ok(), r.errors()::toString);
        var main = (io.gopherscope.lang.ast.Decl.FuncDecl) r.file().decls().get(0);
        var assign = (io.gopherscope.lang.ast.Stmt.Assign) main.body().stmts().get(0);
        assertEquals("4:2", assign.pos().toString());
        assertEquals("4:4", assign.tokPos().toString());
        var sum = (io.gopherscope.lang.ast.Expr.Binary) assign.rhs().get(0);
        assertEquals("4:7", sum.pos().toString());
        assertEquals("4:20", sum.opPos().toString()); // "é" counts two bytes
        var call = (io.gopherscope.lang.ast.Expr.Call) sum.x();
        assertEquals("4:10", call.lparen().toString());
        assertEquals("4:18", call.rparen().toString());
        var lit = (io.gopherscope.lang.ast.Expr.CompositeLit) ((io.gopherscope.lang.ast.Stmt.Assign) main.body().stmts().get(1)).rhs().get(0);
        assertEquals("5:7", lit.pos().toString()); // node positions are start positions
        assertEquals("5:14", lit.rbrace().toString());
        assertEquals("6:1", main.body().rbrace().toString());
    }

    // ---- robustness --------------------------------------------------------------------------

    /** Runs the parse on a thread with a small stack: deep nesting must end in an error, never a crash. */
    private static Parser.Result parseOnSmallStack(String src) throws InterruptedException {
        AtomicReference<Object> out = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                out.set(Parser.parse(src));
            } catch (Throwable e) {
                out.set(e);
            }
        }, "parse", 512 * 1024);
        t.start();
        t.join();
        if (out.get() instanceof Throwable e) {
            throw new AssertionError("parser threw", e);
        }
        return (Parser.Result) out.get();
    }

    @TestFactory
    Stream<DynamicTest> deepNesting() {
        int n = 100_000;
        return Stream.of(
                "package main; var x = " + "(".repeat(n),
                "package main; var x = " + "- ".repeat(n) + "1",
                "package main; var x " + "[]".repeat(n) + "int",
                "package main; var x " + "*".repeat(n) + "int",
                "package main; func f() " + "{".repeat(n),
                "package main; var f = " + "func() { _ = ".repeat(n),
                "package main; var x = " + "T{".repeat(n),
                "package main; func f() { " + "if x { ".repeat(n),
                "package main; var x = " + "a[".repeat(n))
                .map(src -> dynamicTest(src.substring(0, 40), () -> {
                    Parser.Result r = parseOnSmallStack(src);
                    assertTrue(r.errors().sorted().stream().anyMatch(e -> e.message().contains("exceeded max nesting depth")),
                            r.errors()::toString);
                }));
    }

    @Test
    void garbageNeverThrows() throws InterruptedException {
        Random rnd = new Random(42);
        String alphabet = "(){}[]<-:=;,.*&^%!|+\"'`/\n\t abcfunc0x1e9_\u0000\uFFFD\uD800é";
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder(i % 2 == 0 ? "package main\n" : "");
            int len = rnd.nextInt(400);
            for (int j = 0; j < len; j++) {
                sb.append(rnd.nextInt(4) == 0 ? (char) rnd.nextInt(0x3000) : alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            Parser.Result r = parseOnSmallStack(sb.toString());
            assertNotNull(r.file());
            assertTrue(r.errors().sorted().stream().noneMatch(e -> e.message().startsWith("internal parser error")),
                    () -> sb + "\n" + r.errors());
        }
    }

    // ---- corpus ------------------------------------------------------------------------------

    /** Every program of the conformance corpus (and benchmarks) parses without errors. */
    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<Path> dirs = Stream.of("src/test/resources/conformance", "src/test/resources/bench")
                .map(Path::of).filter(Files::isDirectory).toList();
        assumeTrue(!dirs.isEmpty(), "no corpus copied into src/test/resources");
        List<Path> files = new ArrayList<>();
        for (Path d : dirs) {
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> p.toString().endsWith(".go")).sorted().forEach(files::add);
            }
        }
        return files.stream().map(p -> dynamicTest(p.getFileName().toString(), () -> {
            Parser.Result r = Parser.parse(Files.readString(p));
            assertTrue(r.ok(), r.errors()::toString);
        }));
    }
}
