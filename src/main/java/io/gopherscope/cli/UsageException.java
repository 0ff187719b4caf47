package io.gopherscope.cli;

/** A malformed command line: reported on stderr with the usage text, exit status 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
