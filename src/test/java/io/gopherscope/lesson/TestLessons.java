package io.gopherscope.lesson;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds small in-memory lesson folders for tests. */
final class TestLessons {
    private TestLessons() {
    }

    static final String EN = """
            ---
            title: Test lesson
            order: 99
            go: "1.23"
            topics: [testing]
            minutes: 5
            ---
            # Test
            """;

    static final String ZH = EN.replace("Test lesson", "测试课");

    static LessonFolder folder(String exercisesYaml, String... pathAndText) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("en.md", EN);
        files.put("zh.md", ZH);
        files.put("exercises.yaml", exercisesYaml);
        for (int i = 0; i < pathAndText.length; i += 2) {
            files.put(pathAndText[i], pathAndText[i + 1]);
        }
        return new LessonFolder("99-test", files);
    }

    static Lesson lesson(String exercisesYaml, String... pathAndText) {
        return LessonLoader.load(folder(exercisesYaml, pathAndText));
    }
}
