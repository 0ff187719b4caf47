package io.gopherscope.lesson;

import java.util.List;

/**
 * A slice as the check language sees it: the header ({@code ptr}, {@code len}, {@code cap}) plus
 * where it points: the backing {@code array}'s address, the {@code offset} of the first element in
 * it, the visible {@code elems} and the whole {@code backing} array.
 *
 * @param array  address of the backing array object, or null if it is not in the snapshot
 * @param offset index of {@code ptr} within the backing array
 */
public record SliceView(String ptr, long len, long cap, String array, long offset, String elemtype,
                        List<Object> elems, List<Object> backing) {

    /** True when both slices look into the same backing array. */
    public boolean shares(SliceView other) {
        return other != null && array != null && array.equals(other.array);
    }
}
