package io.gopherscope.lesson;

import io.gopherscope.cli.UsageException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code lessons check [DIR]}: loads every lesson folder under DIR (default {@code lessons/}),
 * runs its examples, checks that every reference solution passes and every starter fails
 * ({@link LessonVerifier}), prints one line per lesson (problems indented below it) and a
 * summary. Exit status 0 only if every lesson holds. It needs the lesson loader (SpEL, YAML), so
 * the jar runs it through Spring Boot's launcher, unlike {@code run} and {@code trace}.
 */
public final class LessonsCommand {
    private LessonsCommand() {
    }

    public static int execute(List<String> args, OutputStream out, PrintStream err) throws IOException, UsageException {
        if (args.isEmpty() || !args.get(0).equals("check")) {
            throw new UsageException("the only lessons subcommand is: lessons check [DIR]");
        }
        if (args.size() > 2) {
            throw new UsageException("lessons check takes at most one DIR");
        }
        Path dir = Path.of(args.size() == 2 ? args.get(1) : "lessons");
        PrintStream text = new PrintStream(out, true, StandardCharsets.UTF_8);
        if (!Files.isDirectory(dir)) {
            err.print("lessons check: no such directory: " + dir + "\n");
            return 1;
        }
        List<LessonFolder> folders;
        try {
            folders = LessonSource.directory(dir);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (folders.isEmpty()) {
            err.print("lessons check: no lesson folders (NN-slug/) in " + dir + "\n");
            return 1;
        }
        long t0 = System.currentTimeMillis();
        int failed = 0;
        int width = folders.stream().mapToInt(f -> f.name().length()).max().orElse(10);
        LessonVerifier verifier = new LessonVerifier();
        for (LessonFolder f : folders) {
            LessonVerifier.Report r = verifier.verify(f);
            String counts = r.examples() + " example" + (r.examples() == 1 ? "" : "s") + ", " + r.exercises()
                    + " exercise" + (r.exercises() == 1 ? "" : "s") + (r.kinds().isEmpty() ? "" : " (" + r.kinds() + ")");
            text.printf("%-4s  %-" + width + "s  %s  %.1fs%n", r.ok() ? "ok" : "FAIL", r.folder(), counts, r.millis() / 1000.0);
            for (String p : r.problems()) {
                text.print("      " + p.replace("\n", "\n      ") + "\n");
            }
            if (!r.ok()) {
                failed++;
            }
        }
        List<String> duplicates = verifier.duplicateOrders(folders);
        for (String d : duplicates) {
            text.print("FAIL  " + d + "\n");
        }
        boolean ok = failed == 0 && duplicates.isEmpty();
        text.printf("lessons check: %d lesson%s, %d ok, %d failed (%.1fs)%n", folders.size(), folders.size() == 1 ? "" : "s",
                folders.size() - failed, failed, (System.currentTimeMillis() - t0) / 1000.0);
        return ok ? 0 : 1;
    }
}
