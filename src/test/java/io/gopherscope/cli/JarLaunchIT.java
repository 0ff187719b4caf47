package io.gopherscope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as the checks and users start it ({@code java -jar target/gopherscope.jar ...}):
 * {@code run} and {@code trace} answered from the jar's root by {@code io.gopherscope.launch.Launcher},
 * {@code lessons} and Spring Boot's jar tools through Spring Boot's launcher.
 */
class JarLaunchIT {

    @TempDir
    Path dir;

    record Outcome(int exit, String out, String err) {
    }

    static Path jar() {
        return Path.of(System.getProperty("gopherscope.jar", "target/gopherscope.jar"));
    }

    Outcome java(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Outcome(p.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    @Test
    void manifestNamesTheLauncherAndTheApplication() throws IOException {
        try (JarFile jar = new JarFile(jar().toFile())) {
            var main = jar.getManifest().getMainAttributes();
            assertThat(main.getValue("Main-Class")).isEqualTo("io.gopherscope.launch.Launcher");
            assertThat(main.getValue("Start-Class")).isEqualTo("io.gopherscope.GopherscopeApplication");
            assertThat(jar.getEntry("io/gopherscope/vm/Machine.class")).as("engine at the root").isNotNull();
            assertThat(jar.getEntry("io/gopherscope/lesson/LessonsCommand.class")).as("web code only nested").isNull();
            assertThat(jar.getEntry("BOOT-INF/classes/io/gopherscope/lesson/LessonsCommand.class")).isNotNull();
        }
    }

    @Test
    void runAndTraceStartFromTheRoot() throws Exception {
        Path prog = Files.writeString(dir.resolve("prog.go"), CliTest.CHANNEL_PROGRAM);
        Outcome run = java("-jar", jar().toString(), "run", prog.toString());
        assertThat(run.out()).isEqualTo("1 2\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();

        Outcome trace = java("-verbose:class", "-jar", jar().toString(), "trace", prog.toString());
        assertThat(trace.exit()).isZero();
        assertThat(trace.out()).contains("\"kind\":\"hchan\"").contains("io.gopherscope.vm.Machine")
                .doesNotContain("org.springframework");
        assertThat(trace.out().lines().filter(l -> l.startsWith("{")).count()).isGreaterThan(3);

        Path bad = Files.writeString(dir.resolve("bad.go"), "package main\n\nfunc main() {\n\tx := 1\n}\n");
        Outcome compile = java("-jar", jar().toString(), "run", bad.toString());
        assertThat(compile.exit()).isEqualTo(1);
        assertThat(compile.err()).startsWith("# command-line-arguments\n").contains("bad.go:4:2: ").contains("not used");
    }

    @Test
    void lessonsAndJarToolsGoThroughSpringBoot() throws Exception {
        Outcome usage = java("-jar", jar().toString(), "lessons");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("lessons check [DIR]");

        Outcome layers = java("-Djarmode=tools", "-jar", jar().toString(), "list-layers");
        assertThat(layers.exit()).isZero();
        assertThat(layers.out()).contains("dependencies").contains("application");
    }
}
