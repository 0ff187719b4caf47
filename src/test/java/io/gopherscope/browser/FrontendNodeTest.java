package io.gopherscope.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the front end's unit tests ({@code node --test frontend/test/}: the store's delta
 * application and the pure layouts) as part of the Maven build, so the README's one test
 * command covers them. Skipped, with a message, when Node.js 18+ is not on the PATH.
 */
class FrontendNodeTest {

    @Test
    void nodeTestsPass() throws IOException, InterruptedException {
        int major = nodeMajorVersion();
        Assumptions.assumeTrue(major >= 18,
                "Node.js 18+ is not on the PATH (found: " + (major < 0 ? "none" : "v" + major) + "); skipping frontend/test");
        Process p = new ProcessBuilder("node", "--test", "frontend/test/")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("node --test finished").isTrue();
        String summary = out.lines().filter(l -> l.startsWith("# pass") || l.startsWith("# fail")).toList().toString();
        System.out.println("frontend: node --test " + summary);
        assertThat(p.exitValue()).as("node --test frontend/test/ failed:\n" + out).isZero();
    }

    private static int nodeMajorVersion() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0 || !v.startsWith("v")) {
                return -1;
            }
            return Integer.parseInt(v.substring(1, v.indexOf('.')));
        } catch (IOException | NumberFormatException | InterruptedException e) {
            return -1;
        }
    }

}
