package io.gopherscope.lesson;

import java.util.Map;
import java.util.TreeMap;

/**
 * The raw content of one lesson folder, read from a directory or from the classpath: file
 * paths relative to the folder ({@code en.md}, {@code examples/handoff.go}) and their text.
 */
public record LessonFolder(String name, Map<String, String> files) {

    public LessonFolder {
        files = new TreeMap<>(files);
    }

    public LessonFile file(String path) {
        String text = files.get(path);
        return text == null ? null : new LessonFile(path, text);
    }
}
