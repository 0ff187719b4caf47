package io.gopherscope.lesson;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code lessons check} does, over the real {@code lessons/} folder, one test per lesson:
 * the format loads, examples run and print their {@code // Output:}, reference solutions pass,
 * starters fail, predictions compute. CI runs it.
 */
class LessonsCheckTest {
    private static final Path LESSONS = Path.of("lessons");

    @TestFactory
    Stream<DynamicTest> everyLessonHolds() {
        LessonVerifier verifier = new LessonVerifier();
        return LessonSource.directory(LESSONS).stream().map(folder -> DynamicTest.dynamicTest(folder.name(), () -> {
            LessonVerifier.Report r = verifier.verify(folder);
            assertTrue(r.ok(), () -> folder.name() + ":\n  " + String.join("\n  ", r.problems()));
        }));
    }

    @Test
    void lessonOrdersAreUnique() {
        List<String> clashes = new LessonVerifier().duplicateOrders(LessonSource.directory(LESSONS));
        assertTrue(clashes.isEmpty(), () -> String.join("\n", clashes));
    }

    @Test
    void thereAreLessons() {
        assertFalse(LessonSource.directory(LESSONS).isEmpty());
    }
}
