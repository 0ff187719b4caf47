package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.NativeFunc;
import io.gopherscope.rt.slices.Slice;
import io.gopherscope.rt.slices.SliceOps;

import java.util.ArrayList;
import java.util.List;

/**
 * The allow-listed surface of Go's {@code fmt} package (models {@code fmt/print.go} and
 * {@code fmt/errors.go}, Go 1.19–1.24): the Print/Sprint/Fprint families, {@code Errorf} with
 * {@code %w} (one operand in 1.19, several from 1.20), and {@code fmt.Stringer}.
 */
public final class FmtPackage {
    private FmtPackage() {
    }

    /** {@code *fmt.wrapError}: {@code struct{ msg string; err error }}. */
    public static final Named WRAP_ERROR = new Named("fmt", "wrapError",
            StdTypes.struct("msg", Basic.STRING, "err", StdTypes.ERROR));
    /** {@code *fmt.wrapErrors} (1.20+): {@code struct{ msg string; errs []error }}. */
    public static final Named WRAP_ERRORS = new Named("fmt", "wrapErrors",
            StdTypes.struct("msg", Basic.STRING, "errs", StdTypes.ERROR_SLICE));

    static {
        StdTypes.method(WRAP_ERROR, "Error", StdTypes.ERROR_SIG, true, (ctx, r, a) -> StdTypes.deref(r).f[0]);
        StdTypes.method(WRAP_ERROR, "Unwrap", StdTypes.sig(List.of(), List.of(StdTypes.ERROR)), true,
                (ctx, r, a) -> StdTypes.deref(r).f[1]);
        StdTypes.method(WRAP_ERRORS, "Error", StdTypes.ERROR_SIG, true, (ctx, r, a) -> StdTypes.deref(r).f[0]);
        StdTypes.method(WRAP_ERRORS, "Unwrap", StdTypes.sig(List.of(), List.of(StdTypes.ERROR_SLICE)), true,
                (ctx, r, a) -> StdTypes.deref(r).f[1]);
    }

    private static final List<Type> NONE = List.of();
    private static final List<Type> N_ERR = List.of(Basic.INT, StdTypes.ERROR);

    public static Package build() {
        Package p = new Package("fmt");
        Type anys = StdTypes.ANY_SLICE;
        Type w = StdTypes.IO_WRITER;
        Type str = Basic.STRING;
        p.add("Println", fn(true, List.of(anys), N_ERR, (ctx, a) -> out(ctx, Printer.sprintln(ctx, (Slice) a[0]))));
        p.add("Print", fn(true, List.of(anys), N_ERR, (ctx, a) -> out(ctx, Printer.sprint(ctx, (Slice) a[0]))));
        p.add("Printf", fn(true, List.of(str, anys), N_ERR,
                (ctx, a) -> out(ctx, Printer.sprintf(ctx, (String) a[0], (Slice) a[1]))));
        p.add("Sprintln", fn(true, List.of(anys), List.of(str), (ctx, a) -> Printer.sprintln(ctx, (Slice) a[0])));
        p.add("Sprint", fn(true, List.of(anys), List.of(str), (ctx, a) -> Printer.sprint(ctx, (Slice) a[0])));
        p.add("Sprintf", fn(true, List.of(str, anys), List.of(str),
                (ctx, a) -> Printer.sprintf(ctx, (String) a[0], (Slice) a[1])));
        p.add("Fprintln", fn(true, List.of(w, anys), N_ERR,
                (ctx, a) -> Writers.write(ctx, a[0], Printer.sprintln(ctx, (Slice) a[1]))));
        p.add("Fprint", fn(true, List.of(w, anys), N_ERR,
                (ctx, a) -> Writers.write(ctx, a[0], Printer.sprint(ctx, (Slice) a[1]))));
        p.add("Fprintf", fn(true, List.of(w, str, anys), N_ERR,
                (ctx, a) -> Writers.write(ctx, a[0], Printer.sprintf(ctx, (String) a[1], (Slice) a[2]))));
        p.add("Errorf", fn(true, List.of(str, anys), List.of(StdTypes.ERROR),
                (ctx, a) -> errorf(ctx, (String) a[0], (Slice) a[1])));
        Type bs = StdTypes.BYTE_SLICE;
        p.add("Append", fn(true, List.of(bs, anys), List.of(bs),
                (ctx, a) -> SliceOps.appendString(ctx, (Slice) a[0], Basic.UINT8, Printer.sprint(ctx, (Slice) a[1]))));
        p.add("Appendln", fn(true, List.of(bs, anys), List.of(bs),
                (ctx, a) -> SliceOps.appendString(ctx, (Slice) a[0], Basic.UINT8, Printer.sprintln(ctx, (Slice) a[1]))));
        p.add("Appendf", fn(true, List.of(bs, str, anys), List.of(bs), (ctx, a) ->
                SliceOps.appendString(ctx, (Slice) a[0], Basic.UINT8, Printer.sprintf(ctx, (String) a[1], (Slice) a[2]))));
        p.add("Stringer", new Member.TypeName(StdTypes.STRINGER));
        return p;
    }

    private static Member.Func fn(boolean variadic, List<Type> params, List<Type> results, NativeFunc impl) {
        return new Member.Func(new Type.Signature(params, results, variadic), impl);
    }

    private static Object out(Ctx ctx, String s) {
        ctx.writeStdout(s);
        return new Object[]{(long) s.length(), null};
    }

    /** {@code fmt.Errorf}: an *errors.errorString, or a *fmt.wrapError / *fmt.wrapErrors for %w. */
    public static Iface errorf(Ctx ctx, String format, Slice args) {
        Printer p = new Printer(ctx);
        p.wrapErrs = true;
        Object[] a = Printer.args(args);
        Printf.doPrintf(p, format, a);
        String s = p.result();
        if (ctx.goMinor() < 20) {
            if (!p.wrappedErrSet) return ErrorsPackage.newError(ctx, s);
            return new Iface(new Type.Pointer(WRAP_ERROR), StdTypes.newObject(ctx, WRAP_ERROR, s, p.wrappedErr));
        }
        List<Integer> wrapped = new ArrayList<>(p.wrappedErrs);
        switch (wrapped.size()) {
            case 0 -> {
                return ErrorsPackage.newError(ctx, s);
            }
            case 1 -> {
                Object e = a[wrapped.get(0)];
                Iface err = e instanceof Iface f && Methods.isError(ctx, f.type()) ? f : null;
                return new Iface(new Type.Pointer(WRAP_ERROR), StdTypes.newObject(ctx, WRAP_ERROR, s, err));
            }
            default -> {
                if (p.reordered) wrapped.sort(null);
                List<Object> errs = new ArrayList<>();
                for (int i = 0; i < wrapped.size(); i++) {
                    if (i > 0 && wrapped.get(i - 1).equals(wrapped.get(i))) continue;
                    if (a[wrapped.get(i)] instanceof Iface f && Methods.isError(ctx, f.type())) errs.add(f);
                }
                Slice es = errs.isEmpty() ? null : StdTypes.newSlice(ctx, StdTypes.ERROR, errs.toArray());
                return new Iface(new Type.Pointer(WRAP_ERRORS), StdTypes.newObject(ctx, WRAP_ERRORS, s, es));
            }
        }
    }
}
