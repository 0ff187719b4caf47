package io.gopherscope.rt;

/**
 * A method of a library type written in Java ({@code (*strings.Builder).WriteString},
 * {@code time.Duration.String}, ...). {@code recv} is the receiver in Go's representation: the
 * value for value receivers, a {@link Pointer} for pointer receivers. Results as {@link NativeFunc}.
 */
@FunctionalInterface
public interface NativeMethod {
    Object call(Ctx ctx, Object recv, Object[] args);
}
