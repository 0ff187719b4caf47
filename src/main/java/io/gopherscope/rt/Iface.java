package io.gopherscope.rt;

import io.gopherscope.lang.types.Type;

/**
 * A non-nil interface value: the dynamic type and the value (an {@code eface}/{@code iface} pair).
 * A nil interface is Java {@code null}. The value follows the representation of its dynamic type
 * (see {@link Values}).
 */
public record Iface(Type type, Object value) {
}
