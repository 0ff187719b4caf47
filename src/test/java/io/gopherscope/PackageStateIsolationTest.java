package io.gopherscope;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.RunResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Standard packages are built once and shared by every run in the process (the web server runs
 * many at once), so a program that assigns to a package variable must change only its own run.
 */
class PackageStateIsolationTest {

    private static RunResult run(String body) {
        return Engine.open(RunConfig.of("iso.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\n" + body)
                .withGo("1.19")).run(null);
    }

    @Test
    void assignmentsToPackageVariablesStayInTheirRun() {
        RunResult first = run("func main() {\n\tos.Args[0] = \"changed\"\n\tos.Args = append(os.Args, \"more\")\n"
                + "\tos.ErrNotExist = nil\n\tfmt.Println(os.Args, os.ErrNotExist)\n}\n");
        assertEquals("[changed more] <nil>\n", first.stdout());
        RunResult second = run("func main() {\n\tfmt.Println(os.Args, os.ErrNotExist)\n}\n");
        assertEquals("[/tmp/main] file does not exist\n", second.stdout());
    }
}
