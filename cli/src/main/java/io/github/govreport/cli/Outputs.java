package io.github.govreport.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Writing one whole output of {@code panel} or {@code track}, to a file or standard output. */
final class Outputs {

    /** Writes the whole output to a sink. */
    interface Body {
        void writeTo(OutputStream sink) throws IOException;
    }

    private Outputs() {
    }

    /** Writes {@code body} to {@code file}, replaced only once complete, or to {@code stdout} when file is null. */
    static void write(Path file, PrintStream stdout, Body body) throws IOException {
        if (file == null) {
            body.writeTo(stdout);
            stdout.flush();
            return;
        }
        try (AtomicOutput output = AtomicOutput.open(file)) {
            body.writeTo(output.stream());
            output.commit();
        }
    }

    /** The exit status of a run that read {@code read}, after a summary line when inputs failed. */
    static int status(ReportSet.Read read, PrintWriter err) {
        if (read.failed() == 0) {
            return ExitCodes.OK;
        }
        err.printf("govreport: %d of %d inputs failed%n", read.failed(), read.inputs());
        return ExitCodes.FAILED;
    }
}
