package io.gopherscope.cli;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunResult;
import io.gopherscope.engine.Session;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code run FILE.go}: behaves like {@code go run}. The engine already formats stderr as Go does
 * (panics, deadlocks, {@code # command-line-arguments} compile reports), so it is written as is.
 */
final class RunCommand {
    private RunCommand() {
    }

    static int execute(Options options, OutputStream out, OutputStream err) throws IOException, UsageException {
        SourceFile file = SourceFile.read(options.file());
        Session session = Engine.open(options.toConfig(file.displayName(), file.text()));
        RunResult result = session.done() ? session.result() : session.run(null);
        write(out, result.stdout());
        write(err, result.stderr());
        return result.exitCode();
    }

    static void write(OutputStream stream, String text) throws IOException {
        if (text != null && !text.isEmpty()) {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        }
        stream.flush();
    }
}
