package io.github.govreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, for {@code --progress auto}: a bar there, plain lines in a log file. */
final class Terminal {

    private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

    private Terminal() {
    }

    /**
     * On Linux, where file descriptor 2 points ({@code /dev/pts/3} is a terminal); elsewhere Java's
     * {@link System#console()}, which says whether standard input and output are one, the best
     * guess it offers.
     */
    // Right on JDK 17 to 21, where System.console() is null without a terminal. From JDK 22 it is
    // never null, and off Linux this would say terminal: Console.isTerminal() (JDK 22) would tell.
    @SuppressWarnings("SystemConsoleNull")
    static boolean standardErrorIsTerminal() {
        if (Files.isSymbolicLink(STDERR_LINK)) {
            try {
                String target = Files.readSymbolicLink(STDERR_LINK).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return System.console() != null;
            }
        }
        return System.console() != null;
    }
}
