package io.gopherscope.lesson;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads lesson folders ({@code NN-slug/}) from a directory, or from the {@code lessons/} copy the
 * build packs into the jar. Files are small text files and are read whole.
 */
public final class LessonSource {
    /** A lesson folder name: two digits, a dash, a lower-case slug. */
    static final Pattern FOLDER = Pattern.compile("\\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern CLASSPATH_FILE =
            Pattern.compile("^.*?/lessons/(" + FOLDER.pattern() + ")/(.+)$");
    /** Largest file a lesson folder may hold; lessons are prose and small programs. */
    static final long MAX_FILE_BYTES = 512 * 1024;

    private LessonSource() {
    }

    /** Every lesson folder directly under {@code dir}, sorted by name. */
    public static List<LessonFolder> directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UncheckedIOException(new IOException("no such lessons directory: " + dir));
        }
        List<LessonFolder> out = new ArrayList<>();
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (Files.isDirectory(child) && FOLDER.matcher(name).matches()) {
                    out.add(new LessonFolder(name, readTree(child)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Map<String, String> readTree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.")) {
                    continue;
                }
                if (Files.size(p) > MAX_FILE_BYTES) {
                    throw new IOException(p + " is larger than " + MAX_FILE_BYTES + " bytes");
                }
                files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** The lessons packed into the jar (or on the test classpath) under {@code lessons/}. */
    public static List<LessonFolder> classpath(ClassLoader loader) {
        Map<String, Map<String, String>> folders = new TreeMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(loader).getResources("classpath*:lessons/**/*");
            for (Resource r : resources) {
                if (!r.isReadable()) {
                    continue;
                }
                Matcher m = CLASSPATH_FILE.matcher(r.getURL().toString());
                if (!m.matches() || m.group(2).endsWith("/")) {
                    continue;
                }
                try (InputStream in = r.getInputStream()) {
                    String text = new String(in.readNBytes((int) MAX_FILE_BYTES), StandardCharsets.UTF_8);
                    folders.computeIfAbsent(m.group(1), k -> new HashMap<>()).putIfAbsent(m.group(2), text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<LessonFolder> out = new ArrayList<>();
        folders.forEach((name, files) -> out.add(new LessonFolder(name, files)));
        return out;
    }
}
