package io.github.govreport.cli;

/** The exit codes of the command, listed in its {@code --help}. */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
