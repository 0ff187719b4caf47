package io.gopherscope.lesson;

import java.util.List;

/**
 * A runnable example program of a lesson ({@code examples/*.go}) in one configuration (a file
 * may be listed several times, for example once per Go version). {@code lessons check} runs
 * every configuration of {@code run}; each must compile and finish, print
 * {@code expectedOutput} (the file's trailing {@code // Output:} comment, which holds for the
 * lesson's Go version; null for other versions or without the comment), and meet the
 * {@code checks} (the claims the prose makes about it).
 */
public record Example(LessonFile file, RunPlan run, String expectedOutput, List<Check> checks) {

    public Example {
        checks = List.copyOf(checks);
    }
}
