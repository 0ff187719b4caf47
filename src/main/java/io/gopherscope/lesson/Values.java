package io.gopherscope.lesson;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Helpers for snapshot values: showing them to people, addresses, element sizes. */
final class Values {
    private Values() {
    }

    /** A short human form: strings quoted, lists space-separated in brackets. */
    static String show(Object v) {
        return switch (v) {
            case null -> "null";
            case String s -> "\"" + (s.length() > 200 ? s.substring(0, 200) + "..." : s).replace("\n", "\\n") + "\"";
            case List<?> l -> l.stream().map(Values::show).collect(Collectors.joining(" ", "[", "]"));
            case Double d when d == Math.rint(d) && !d.isInfinite() -> BigDecimal.valueOf(d).toBigInteger().toString();
            default -> String.valueOf(v);
        };
    }

    /** The address inside a {@code {"ref": "0x..."}} value, or the string itself if it is an address. */
    static String refOf(Object v) {
        if (v instanceof Map<?, ?> m && m.size() == 1 && m.get("ref") instanceof String s) {
            return s;
        }
        if (v instanceof String s && s.startsWith("0x")) {
            return s;
        }
        return null;
    }

    static long address(String hex) {
        return Long.parseUnsignedLong(hex.substring(2), 16);
    }

    /** The size in bytes of an element type as the snapshot spells it, or -1 when unknown (structs). */
    static long sizeOf(String type) {
        if (type == null) {
            return -1;
        }
        switch (type) {
            case "int", "uint", "int64", "uint64", "uintptr", "float64", "complex64", "unsafe.Pointer" -> {
                return 8;
            }
            case "int32", "uint32", "rune", "float32" -> {
                return 4;
            }
            case "int16", "uint16" -> {
                return 2;
            }
            case "int8", "uint8", "byte", "bool" -> {
                return 1;
            }
            case "string", "complex128", "any", "error", "interface {}", "interface{}" -> {
                return 16;
            }
            case "struct {}", "struct{}" -> {
                return 0;
            }
            default -> {
            }
        }
        if (type.startsWith("*") || type.startsWith("map[") || type.startsWith("chan ") || type.startsWith("<-chan")
                || type.startsWith("func")) {
            return 8;
        }
        if (type.startsWith("[]")) {
            return 24;
        }
        if (type.startsWith("[")) {
            int close = type.indexOf(']');
            try {
                long n = Long.parseLong(type.substring(1, close));
                long e = sizeOf(type.substring(close + 1));
                return e < 0 ? -1 : n * e;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }
}
