package io.gopherscope.play;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import java.util.List;

/**
 * The playground's form: the program and the inputs that, with the scheduling choices, decide
 * every step of the run.
 */
record RunForm(
        String source,
        @Pattern(regexp = "1\\.(19|2[0-4])") String go,
        Long seed,
        @Min(MIN_PROCS) @Max(MAX_PROCS) Integer maxprocs) {

    static final List<String> GO_VERSIONS = List.of("1.19", "1.20", "1.21", "1.22", "1.23", "1.24");
    static final int MIN_PROCS = 1;
    static final int MAX_PROCS = 64;
    /** The GOMAXPROCS values the selector offers (any value in range is accepted). */
    static final List<Integer> PROCS_CHOICES = List.of(1, 2, 3, 4, 8);

    static final String CHANNEL_PROGRAM = """
            package main

            import "fmt"

            func main() {
            	ch := make(chan int, 2)
            	ch <- 1
            	ch <- 2
            	fmt.Println(<-ch, <-ch)
            }
            """;

    RunForm {
        source = source == null ? "" : source.replace("\r\n", "\n");
        go = go == null || go.isBlank() ? "1.23" : go;
        seed = seed == null ? 1L : seed;
        maxprocs = maxprocs == null ? 1 : maxprocs;
    }

    static RunForm defaults() {
        return new RunForm(CHANNEL_PROGRAM, null, null, null);
    }
}
