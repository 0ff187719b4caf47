package io.gopherscope.lesson;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.MethodExecutor;
import org.springframework.expression.MethodResolver;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.DataBindingMethodResolver;
import org.springframework.expression.spel.support.DataBindingPropertyAccessor;
import org.springframework.expression.spel.support.MapAccessor;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The check language: Spring SpEL over the read-only {@link State} model.
 *
 * <p>The evaluation context is a {@link SimpleEvaluationContext} built like
 * {@code forReadOnlyDataBinding()}, plus read-only access to map keys as properties
 * ({@code chan('ch').qcount}) and an allow-list of side-effect-free methods: the model's own
 * ({@code chan}, {@code slice}, ...), and a few of {@code String}, {@code List}, {@code Map} and
 * {@code Number} ({@code size()}, {@code contains(..)}, {@code trim()}, ...). Assignment is
 * disabled; there are no type references ({@code T(..)}), constructors or bean references, so
 * an expression can only read the snapshot.
 */
public final class Expressions {
    private static final SpelExpressionParser PARSER = new SpelExpressionParser();
    private static final Map<String, Expression> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 10_000;

    private static final Set<String> STRING_METHODS = Set.of("length", "isEmpty", "isBlank", "contains",
            "startsWith", "endsWith", "indexOf", "lastIndexOf", "substring", "trim", "strip", "toLowerCase",
            "toUpperCase", "replace", "charAt", "equals", "split", "compareTo", "matches");
    private static final Set<String> LIST_METHODS = Set.of("size", "isEmpty", "contains", "containsAll", "get",
            "indexOf", "lastIndexOf", "subList", "equals");
    private static final Set<String> MAP_METHODS = Set.of("size", "isEmpty", "containsKey", "containsValue",
            "get", "keySet", "values", "equals");
    private static final Set<String> NUMBER_METHODS = Set.of("intValue", "longValue", "doubleValue", "equals",
            "compareTo");
    private static final Set<String> MODEL_METHODS = declared(State.class, SliceView.class);

    private static final EvaluationContext CONTEXT = SimpleEvaluationContext
            .forPropertyAccessors(new MapAccessor(false), DataBindingPropertyAccessor.forReadOnlyAccess())
            .withMethodResolvers(new AllowListMethods())
            .withAssignmentDisabled()
            .build();

    private Expressions() {
    }

    /** Parses {@code expr} (cached); a syntax error becomes a {@link LessonFormatException} naming {@code where}. */
    public static Expression parse(String expr, String where) {
        Expression e = CACHE.get(expr);
        if (e != null) {
            return e;
        }
        try {
            e = PARSER.parseExpression(expr);
        } catch (ParseException | IllegalStateException x) {
            throw new LessonFormatException(where + ": cannot parse expression \"" + expr + "\": " + x.getMessage());
        }
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(expr, e);
        }
        return e;
    }

    static void validate(String expr, String where) {
        parse(expr, where);
    }

    /**
     * Evaluates {@code expr} with {@code state} as root; {@code #expected} is {@code expected}.
     *
     * @throws CheckException when evaluation fails (unknown property, null dereference, ...)
     */
    public static Object evaluate(String expr, State state, Object expected) {
        Expression e = parse(expr, "expression");
        try {
            if (expected == null) {
                return e.getValue(CONTEXT, state);
            }
            EvaluationContext ctx = SimpleEvaluationContext
                    .forPropertyAccessors(new MapAccessor(false), DataBindingPropertyAccessor.forReadOnlyAccess())
                    .withMethodResolvers(new AllowListMethods())
                    .withAssignmentDisabled()
                    .build();
            ctx.setVariable("expected", expected);
            return e.getValue(ctx, state);
        } catch (EvaluationException | IllegalArgumentException | IllegalStateException
                 | IndexOutOfBoundsException | ClassCastException x) {
            throw new CheckException(message(x));
        }
    }

    /** Evaluates a condition; anything but a boolean result is an error. */
    public static boolean test(String expr, State state, Object expected) {
        Object v = evaluate(expr, state, expected);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new CheckException("gives " + Values.show(v) + ", not true or false");
    }

    private static String message(Throwable x) {
        Throwable t = x;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() != null ? t.getMessage() : t.toString();
        return m.replaceFirst("^EL\\d+E: ", "");
    }

    private static Set<String> declared(Class<?>... types) {
        return Arrays.stream(types).flatMap(t -> Arrays.stream(t.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName).collect(Collectors.toUnmodifiableSet());
    }

    /** Resolves a method only when it is on the allow-list for the target's type. */
    private static final class AllowListMethods implements MethodResolver {
        private final DataBindingMethodResolver delegate = DataBindingMethodResolver.forInstanceMethodInvocation();

        @Override
        public MethodExecutor resolve(EvaluationContext context, Object target, String name,
                                      List<TypeDescriptor> argumentTypes) throws AccessException {
            boolean allowed = switch (target) {
                case State s -> MODEL_METHODS.contains(name);
                case SliceView s -> MODEL_METHODS.contains(name);
                case String s -> STRING_METHODS.contains(name);
                case List<?> l -> LIST_METHODS.contains(name);
                case Map<?, ?> m -> MAP_METHODS.contains(name);
                case Number n -> NUMBER_METHODS.contains(name);
                case null, default -> false;
            };
            return allowed ? delegate.resolve(context, target, name, argumentTypes) : null;
        }
    }

    /** A check expression that could not be evaluated on a snapshot. */
    public static final class CheckException extends RuntimeException {
        public CheckException(String message) {
            super(message);
        }
    }
}
