package io.github.govreport.cli;

import picocli.CommandLine.Option;

/**
 * {@code --debug}, shared by the commands that read reports: stack traces on standard error, and
 * the parsers' own warnings. A command that has it is {@link Debuggable}, so that the handler of
 * unexpected errors in {@link GovReport} can ask.
 */
final class DebugOption {

    @Option(names = "--debug", description = "print stack traces and the parsers' own log messages")
    private boolean enabled;

    boolean enabled() {
        return enabled;
    }

    /** Lets the parsers log their warnings; called before the extractor is built. */
    void applyToLogging() {
        if (enabled) {
            // Read by slf4j-simple when the first logger is made, which is while the extractor is built.
            // Only the command-line process sets it; the library never does.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    /** A command with {@code --debug}. */
    interface Debuggable {
        boolean debug();
    }
}
