package io.gopherscope.vm;

import io.gopherscope.rt.Goroutine;

/**
 * Prints a goroutine's stack the way the runtime's {@code traceback} does: a
 * {@code goroutine N [status]:} header, one {@code function(...)} line plus a tab-indented
 * {@code file:line} line per frame, and {@code created by ...} for goroutines other than main.
 * Argument words and pc offsets cannot be reproduced, so arguments print as {@code ...} and
 * offsets are omitted.
 */
final class Traceback {
    private Traceback() {
    }

    /** runtime._TracebackMaxFrames: deeper stacks end with "...additional frames elided...". */
    static final int MAX_FRAMES = 100;

    static void goroutine(StringBuilder sb, Goroutine g, String status, String fileName, int goMinor) {
        goroutine(sb, g, (Frame) g.stack, status, fileName, goMinor);
    }

    /** As above, printing the stack from {@code top} (a panic prints the stack where it started). */
    static void goroutine(StringBuilder sb, Goroutine g, Frame top, String status, String fileName, int goMinor) {
        sb.append("goroutine ").append(g.goid).append(" [").append(status).append("]:\n");
        String path = "/tmp/sandbox/" + fileName.substring(fileName.lastIndexOf('/') + 1);
        int n = 0;
        for (Frame f = top; f != null; f = f.caller) {
            if (f.fn.name.startsWith("gopherscope.")) continue;
            if (n++ == MAX_FRAMES) {
                sb.append("...additional frames elided...\n");
                break;
            }
            sb.append(f.fn.name).append(f.fn.nparams > 0 ? "(...)" : "()").append('\n');
            sb.append('\t').append(path).append(':').append(f.line).append('\n');
        }
        if (g.goid != 1 && g.createdBy != null) {
            sb.append("created by ").append(g.createdBy);
            if (goMinor >= 21) sb.append(" in goroutine ").append(g.parentGoid);
            sb.append('\n');
        }
    }
}
