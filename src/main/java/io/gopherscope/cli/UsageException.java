package io.gopherscope.cli;

/** A malformed command line: reported on stderr with the usage text, exit status 2. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
