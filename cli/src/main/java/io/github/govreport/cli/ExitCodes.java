package io.github.govreport.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The exit codes of the command, listed in its {@code --help}. The commands return the first
 * three; the last two are the JVM's own when a signal stops it (128 + the signal's number), after
 * the shutdown hooks have run ({@link InterruptGuard} for {@code extract}).
 */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    /** Ctrl-C: SIGINT, 128 + 2. */
    static final int INTERRUPTED = 130;
    /** {@code kill}: SIGTERM, 128 + 15. */
    static final int TERMINATED = 143;

    private ExitCodes() {
    }

    /** Adds the two exit codes of a signal to the list in a command's help; every command can be stopped. */
    static void addSignalCodes(CommandSpec spec) {
        Map<String, String> codes = new LinkedHashMap<>(spec.usageMessage().exitCodeList());
        codes.put(String.valueOf(INTERRUPTED), "interrupted (Ctrl-C); no output file is left half-written");
        codes.put(String.valueOf(TERMINATED), "terminated (kill, SIGTERM), as 130");
        spec.usageMessage().exitCodeList(codes);
    }
}
