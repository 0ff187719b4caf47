package io.gopherscope.lesson;

import java.util.List;

/**
 * A runnable sandbox embedded in lesson prose: a fenced block with the info string
 * {@code sandbox} whose body is YAML ({@code file}, optional {@code go}, {@code seed},
 * {@code maxprocs}, {@code step} or {@code at}, {@code views}).
 *
 * @param step  open the sandbox after this many steps ({@link #END}: after the last one), or null
 * @param at    open it at the first snapshot where this SpEL condition holds, or null
 * @param views the diagrams to show: goroutines, hchan, hmap, slices, heap, console (all when empty)
 */
public record Sandbox(String file, String go, Long seed, Integer maxprocs, Long step, String at, List<String> views) {

    public static final List<String> VIEWS = List.of("goroutines", "hchan", "hmap", "slices", "heap", "console");
    /** {@code step: end}: open when the program has finished (to show its output). */
    public static final long END = -1;

    public Sandbox {
        views = List.copyOf(views);
    }
}
