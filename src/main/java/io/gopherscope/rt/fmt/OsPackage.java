package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.ExitException;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.slices.Slice;

import java.util.List;

/**
 * The allow-listed surface of Go's {@code os} package: {@code Exit}, {@code Args},
 * {@code Stdout}/{@code Stderr} ({@code *os.File} with {@code Write} and {@code WriteString}).
 * A {@code File} here is {@code struct{ fd int; name string }}.
 */
public final class OsPackage {
    private OsPackage() {
    }

    /** {@code os.File}. */
    public static final Named FILE = new Named("os", "File", StdTypes.struct("fd", Basic.INT, "name", Basic.STRING));
    public static final Type.Pointer FILE_PTR = new Type.Pointer(FILE);

    static {
        Type.Signature writeSig = StdTypes.sig(List.of(StdTypes.BYTE_SLICE), List.of(Basic.INT, StdTypes.ERROR));
        StdTypes.method(FILE, "Write", writeSig, true, (ctx, r, a) -> {
            String s = StdTypes.bytesOf(a[0]);
            write(ctx, r, s);
            return new Object[]{(long) s.length(), null};
        });
        Type.Signature wsSig = StdTypes.sig(List.of(Basic.STRING), List.of(Basic.INT, StdTypes.ERROR));
        StdTypes.method(FILE, "WriteString", wsSig, true, (ctx, r, a) -> {
            String s = (String) a[0];
            write(ctx, r, s);
            return new Object[]{(long) s.length(), null};
        });
    }

    /** Writes Go bytes to a *os.File (fd 1: stdout, fd 2: stderr). */
    static void write(Ctx ctx, Object file, String s) {
        GoStruct f = StdTypes.deref(file);
        if (((Number) f.f[0]).longValue() == 2) ctx.writeStderr(s);
        else ctx.writeStdout(s);
    }

    private static Pointer file(long fd, String name) {
        return new Pointer.ToCell(new Cell(new GoStruct(new Object[]{fd, name})));
    }

    public static Package build() {
        Package p = new Package("os");
        p.add("Exit", new Member.Func(StdTypes.sig(List.of(Basic.INT), List.of()), (ctx, a) -> {
            throw new ExitException((int) ((Number) a[0]).longValue());
        }));
        p.add("File", new Member.TypeName(FILE));
        p.add("Stdout", new Member.Var(FILE_PTR, new Cell(file(1, "/dev/stdout"))));
        p.add("Stderr", new Member.Var(FILE_PTR, new Cell(file(2, "/dev/stderr"))));
        p.add("Stdin", new Member.Var(FILE_PTR, new Cell(file(0, "/dev/stdin"))));
        Slice args = StdTypes.newSlice(null, Basic.STRING, new Object[]{"/tmp/main"});
        p.add("Args", new Member.Var(StdTypes.STRING_SLICE, new Cell(args)));
        // io/fs's sentinel errors, which os re-exports (one value per program: the package is shared)
        p.add("ErrNotExist", new Member.Var(StdTypes.ERROR, new Cell(ErrorsPackage.newError(null, "file does not exist"))));
        p.add("ErrExist", new Member.Var(StdTypes.ERROR, new Cell(ErrorsPackage.newError(null, "file already exists"))));
        p.add("ErrPermission", new Member.Var(StdTypes.ERROR, new Cell(ErrorsPackage.newError(null, "permission denied"))));
        p.add("ErrClosed", new Member.Var(StdTypes.ERROR, new Cell(ErrorsPackage.newError(null, "file already closed"))));
        return p;
    }
}
