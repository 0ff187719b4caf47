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
        @Pattern(regexp = "1\\.(19|2[0-4])", message = "Choose a Go version between 1.19 and 1.24") String go,
        Long seed,
        @Min(value = 1, message = "GOMAXPROCS must be at least 1")
        @Max(value = 64, message = "GOMAXPROCS must be at most 64") Integer maxprocs) {

    static final List<String> GO_VERSIONS = List.of("1.19", "1.20", "1.21", "1.22", "1.23", "1.24");

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
