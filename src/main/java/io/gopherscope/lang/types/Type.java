package io.gopherscope.lang.types;

import java.util.List;

/**
 * Go types, mirroring {@code go/types}. Unnamed types are records, so identical composite types
 * compare equal (Go's type identity); a {@link Named} type is a class and is identical only to
 * itself. {@link #toString()} is {@code types.TypeString} with package-qualified names, which is
 * also what {@code %T} prints.
 */
public sealed interface Type permits Basic, Named, Type.Pointer, Type.Slice, Type.Array, Type.Map, Type.Chan,
        Type.Signature, Type.Struct, Type.Interface, Type.Tuple {

    record Pointer(Type elem) implements Type {
        @Override
        public String toString() {
            return "*" + elem;
        }
    }

    record Slice(Type elem) implements Type {
        @Override
        public String toString() {
            return "[]" + elem;
        }
    }

    record Array(long len, Type elem) implements Type {
        @Override
        public String toString() {
            return "[" + len + "]" + elem;
        }
    }

    record Map(Type key, Type elem) implements Type {
        @Override
        public String toString() {
            return "map[" + key + "]" + elem;
        }
    }

    enum Dir { BOTH, SEND, RECV }

    record Chan(Dir dir, Type elem) implements Type {
        @Override
        public String toString() {
            String prefix = switch (dir) {
                case BOTH -> "chan ";
                case SEND -> "chan<- ";
                case RECV -> "<-chan ";
            };
            // chan (<-chan int) needs parentheses to stay unambiguous
            if (dir == Dir.BOTH && elem instanceof Chan c && c.dir == Dir.RECV) {
                return prefix + "(" + elem + ")";
            }
            return prefix + elem;
        }
    }

    /** A function type. When {@code variadic}, the last parameter is a {@link Slice}. */
    record Signature(List<Type> params, List<Type> results, boolean variadic) implements Type {
        @Override
        public String toString() {
            return "func" + signatureString();
        }

        /** The part after {@code func}: {@code (int, ...string) (int, error)}. */
        public String signatureString() {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < params.size(); i++) {
                if (i > 0) sb.append(", ");
                if (variadic && i == params.size() - 1) {
                    sb.append("...").append(((Slice) params.get(i)).elem());
                } else {
                    sb.append(params.get(i));
                }
            }
            sb.append(")");
            if (results.size() == 1) {
                sb.append(" ").append(results.get(0));
            } else if (results.size() > 1) {
                sb.append(" (");
                for (int i = 0; i < results.size(); i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(results.get(i));
                }
                sb.append(")");
            }
            return sb.toString();
        }
    }

    /** A struct field; {@code embedded} fields are named after their type. */
    record Field(String name, Type type, boolean embedded) {
        public boolean exported() {
            return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
        }
    }

    record Struct(List<Field> fields) implements Type {
        public int fieldIndex(String name) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(name)) return i;
            }
            return -1;
        }

        @Override
        public String toString() {
            if (fields.isEmpty()) return "struct {}";
            StringBuilder sb = new StringBuilder("struct { ");
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) sb.append("; ");
                Field f = fields.get(i);
                if (f.embedded()) sb.append(f.type());
                else sb.append(f.name()).append(" ").append(f.type());
            }
            return sb.append(" }").toString();
        }
    }

    /** An interface method: name and signature. */
    record Method(String name, Signature sig) {}

    /** An interface with its full (embedded interfaces flattened) method set, sorted by name. */
    record Interface(List<Method> methods) implements Type {
        public Method method(String name) {
            for (Method m : methods) {
                if (m.name().equals(name)) return m;
            }
            return null;
        }

        @Override
        public String toString() {
            if (methods.isEmpty()) return "interface {}";
            StringBuilder sb = new StringBuilder("interface { ");
            for (int i = 0; i < methods.size(); i++) {
                if (i > 0) sb.append("; ");
                sb.append(methods.get(i).name()).append(methods.get(i).sig().signatureString());
            }
            return sb.append(" }").toString();
        }
    }

    /** The type of a multi-value expression such as a call with several results. */
    record Tuple(List<Type> types) implements Type {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < types.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(types.get(i));
            }
            return sb.append(")").toString();
        }
    }

    /** The underlying type: itself for unnamed types, the declared type for {@link Named}. */
    default Type underlying() {
        return this;
    }
}
