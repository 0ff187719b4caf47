package io.gopherscope.lesson;

import java.util.List;

/**
 * A runnable example program of a lesson ({@code examples/*.go}). {@code lessons check} runs it
 * with {@code run}'s first configuration; it must compile and finish, print
 * {@code expectedOutput} when the file ends with a {@code // Output:} comment, and meet the
 * {@code checks} (the claims the prose makes about it).
 */
public record Example(LessonFile file, RunPlan run, String expectedOutput, List<Check> checks) {

    public Example {
        checks = List.copyOf(checks);
    }
}
