package io.gopherscope.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A Go file named on the command line: its text and the name compile errors show.
 *
 * @param displayName the file as {@code go run} names it in compile errors: {@code ./prog.go} for a
 *                    file in the working directory, a relative path when that is shorter than the
 *                    absolute one, else the absolute path (cmd/go's {@code base.ShortPath})
 */
record SourceFile(String displayName, String text) {

    static SourceFile read(String arg) throws IOException, UsageException {
        if (!arg.endsWith(".go")) {
            throw new UsageException("FILE must be a .go file: " + arg);
        }
        Path path = Path.of(arg);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IOException("stat " + arg + ": no such file or directory");
        }
        // Invalid UTF-8 becomes U+FFFD; the engine's scanner reports it as gc does.
        return new SourceFile(displayName(path), new String(bytes, StandardCharsets.UTF_8));
    }

    static String displayName(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path dir = abs.getParent();
        String base = abs.getFileName().toString();
        if (dir == null) {
            return abs.toString();
        }
        if (dir.equals(cwd)) {
            return "./" + base;
        }
        String absDir = dir.toString();
        try {
            String rel = cwd.relativize(dir).toString();
            if (rel.length() < absDir.length()) {
                return (rel.startsWith("..") ? rel : "./" + rel) + "/" + base;
            }
        } catch (IllegalArgumentException e) {
            // different roots: keep the absolute path
        }
        return abs.toString();
    }
}
