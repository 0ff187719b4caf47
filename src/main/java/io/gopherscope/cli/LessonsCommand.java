package io.gopherscope.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code lessons check [DIR]}. Checking lessons needs the lesson loader and exercise checker,
 * which are not written yet. Until then this command is honest about it: a folder without
 * lessons passes trivially, and a folder with lessons fails with "not implemented yet" rather
 * than pretending they were checked.
 */
final class LessonsCommand {
    private LessonsCommand() {
    }

    static int execute(List<String> args, OutputStream out, PrintStream err) throws IOException, UsageException {
        if (args.isEmpty() || !args.get(0).equals("check")) {
            throw new UsageException("the only lessons subcommand is: lessons check [DIR]");
        }
        if (args.size() > 2) {
            throw new UsageException("lessons check takes at most one DIR");
        }
        Path dir = Path.of(args.size() == 2 ? args.get(1) : "lessons");
        long lessons = countLessons(dir);
        PrintStream text = new PrintStream(out, true, StandardCharsets.UTF_8);
        if (lessons == 0) {
            text.print("no lessons found in " + dir + (Files.isDirectory(dir) ? "" : " (no such directory)") + "\n");
            return 0;
        }
        err.print("lessons check: found " + lessons + " lesson folder(s) in " + dir
                + ", but checking lessons is not implemented yet\n");
        return 1;
    }

    /** A lesson is a folder holding a {@code lesson.<lang>.md} file. */
    private static long countLessons(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).filter(LessonsCommand::hasLessonText).count();
        }
    }

    private static boolean hasLessonText(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .anyMatch(n -> n.startsWith("lesson.") && n.endsWith(".md") || n.equals("lesson.md"));
        } catch (IOException e) {
            return false;
        }
    }
}
