package io.gopherscope.cli;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.Session;
import io.gopherscope.trace.Json;
import io.gopherscope.trace.Snapshot;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code trace FILE.go}: JSON Lines, one full snapshot per step (docs/trace-format.md). A program
 * that does not compile yields its single, final snapshot. stdout carries only JSON; the
 * program's own stderr (panic, deadlock or compile report) is repeated on stderr for people, and
 * the exit status is the program's.
 */
final class TraceCommand {
    private TraceCommand() {
    }

    static int execute(Options options, OutputStream out, OutputStream err) throws IOException, UsageException {
        SourceFile file = SourceFile.read(options.file());
        Session session = Engine.open(options.toConfig(file.displayName(), file.text()));
        OutputStream lines = new BufferedOutputStream(out, 1 << 16);
        Snapshot last = session.snapshot();
        if (!options.last()) {
            line(lines, last);
        }
        while (!session.done()) {
            last = session.step();
            if (!options.last()) {
                line(lines, last);
            }
        }
        if (options.last()) {
            line(lines, last);
        }
        lines.flush();
        RunCommand.write(err, session.result().stderr());
        return session.result().exitCode();
    }

    private static void line(OutputStream out, Snapshot snapshot) throws IOException {
        out.write(Json.write(snapshot).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
