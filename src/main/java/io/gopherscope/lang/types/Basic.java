package io.gopherscope.lang.types;

/**
 * The predeclared basic types and the untyped constant kinds, mirroring {@code go/types.Basic}.
 * {@code byte} and {@code rune} are aliases of uint8 and int32, as in Go.
 */
public final class Basic implements Type {

    public enum Kind {
        INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
        FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER,
        UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_STRING, UNTYPED_NIL
    }

    public static final Basic INVALID = new Basic(Kind.INVALID, "invalid type");
    public static final Basic BOOL = new Basic(Kind.BOOL, "bool");
    public static final Basic INT = new Basic(Kind.INT, "int");
    public static final Basic INT8 = new Basic(Kind.INT8, "int8");
    public static final Basic INT16 = new Basic(Kind.INT16, "int16");
    public static final Basic INT32 = new Basic(Kind.INT32, "int32");
    public static final Basic INT64 = new Basic(Kind.INT64, "int64");
    public static final Basic UINT = new Basic(Kind.UINT, "uint");
    public static final Basic UINT8 = new Basic(Kind.UINT8, "uint8");
    public static final Basic UINT16 = new Basic(Kind.UINT16, "uint16");
    public static final Basic UINT32 = new Basic(Kind.UINT32, "uint32");
    public static final Basic UINT64 = new Basic(Kind.UINT64, "uint64");
    public static final Basic UINTPTR = new Basic(Kind.UINTPTR, "uintptr");
    public static final Basic FLOAT32 = new Basic(Kind.FLOAT32, "float32");
    public static final Basic FLOAT64 = new Basic(Kind.FLOAT64, "float64");
    public static final Basic COMPLEX64 = new Basic(Kind.COMPLEX64, "complex64");
    public static final Basic COMPLEX128 = new Basic(Kind.COMPLEX128, "complex128");
    public static final Basic STRING = new Basic(Kind.STRING, "string");
    public static final Basic UNSAFE_POINTER = new Basic(Kind.UNSAFE_POINTER, "unsafe.Pointer");
    public static final Basic UNTYPED_BOOL = new Basic(Kind.UNTYPED_BOOL, "untyped bool");
    public static final Basic UNTYPED_INT = new Basic(Kind.UNTYPED_INT, "untyped int");
    public static final Basic UNTYPED_RUNE = new Basic(Kind.UNTYPED_RUNE, "untyped rune");
    public static final Basic UNTYPED_FLOAT = new Basic(Kind.UNTYPED_FLOAT, "untyped float");
    public static final Basic UNTYPED_STRING = new Basic(Kind.UNTYPED_STRING, "untyped string");
    public static final Basic UNTYPED_NIL = new Basic(Kind.UNTYPED_NIL, "untyped nil");
    /** {@code byte} is an alias: the same type object as uint8, but named "uint8" by %T. */
    public static final Basic BYTE = UINT8;
    public static final Basic RUNE = INT32;

    public final Kind kind;
    public final String name;

    private Basic(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public boolean isInteger() {
        return switch (kind) {
            case INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, UNTYPED_INT, UNTYPED_RUNE -> true;
            default -> false;
        };
    }

    public boolean isUnsigned() {
        return switch (kind) {
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> true;
            default -> false;
        };
    }

    public boolean isFloat() {
        return kind == Kind.FLOAT32 || kind == Kind.FLOAT64 || kind == Kind.UNTYPED_FLOAT;
    }

    public boolean isComplex() {
        return kind == Kind.COMPLEX64 || kind == Kind.COMPLEX128;
    }

    public boolean isNumeric() {
        return isInteger() || isFloat() || isComplex();
    }

    public boolean isString() {
        return kind == Kind.STRING || kind == Kind.UNTYPED_STRING;
    }

    public boolean isBoolean() {
        return kind == Kind.BOOL || kind == Kind.UNTYPED_BOOL;
    }

    public boolean isUntyped() {
        return kind.ordinal() >= Kind.UNTYPED_BOOL.ordinal();
    }

    /** Size in bytes of a value of this type (8-byte words, as on amd64). */
    public int size() {
        return switch (kind) {
            case BOOL, INT8, UINT8 -> 1;
            case INT16, UINT16 -> 2;
            case INT32, UINT32, FLOAT32 -> 4;
            case STRING, COMPLEX128 -> 16;
            default -> 8;
        };
    }

    /** Bit width of an integer type (64 for int, uint, uintptr). */
    public int bits() {
        return switch (kind) {
            case INT8, UINT8 -> 8;
            case INT16, UINT16 -> 16;
            case INT32, UINT32 -> 32;
            default -> 64;
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
