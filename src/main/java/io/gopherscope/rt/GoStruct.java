package io.gopherscope.rt;

/**
 * A struct value: its fields in declaration order. Structs have value semantics in Go, so every
 * store into a variable, field, element, channel or map stores {@link Values#copy copy}; nested
 * struct and array fields are copied deeply.
 */
public final class GoStruct {
    public final Object[] f;

    public GoStruct(Object[] f) {
        this.f = f;
    }
}
