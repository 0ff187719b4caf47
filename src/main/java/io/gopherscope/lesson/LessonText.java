package io.gopherscope.lesson;

import java.util.List;

/**
 * The prose of a lesson in one language: the front matter of {@code en.md} or {@code zh.md} and
 * the Markdown body after it.
 */
public record LessonText(String lang, String title, int order, String go, List<String> topics, int minutes,
                         String body, List<Sandbox> sandboxes) {

    public LessonText {
        topics = List.copyOf(topics);
        sandboxes = List.copyOf(sandboxes);
    }
}
