package io.gopherscope.rt;

/**
 * A library function written in Java (fmt.Println, strings.Split, ...). Arguments arrive in Go's
 * value representation ({@link Values}); a variadic function receives its variadic part as one
 * {@link io.gopherscope.rt.slices.Slice}. It returns the single result, {@code null} for none,
 * or an {@code Object[]} for several results.
 */
@FunctionalInterface
public interface NativeFunc {
    Object call(Ctx ctx, Object[] args);
}
