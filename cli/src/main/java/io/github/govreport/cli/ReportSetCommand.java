package io.github.govreport.cli;

import io.github.govreport.core.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that reads a set of reports ({@link ReportSet}) and writes one whole output from all
 * of them, to a file replaced only once complete or to standard output: {@code panel} and
 * {@code track}. A failed input is one line on standard error and costs only itself.
 */
abstract class ReportSetCommand implements DebugOption.Debuggable, Callable<Integer> {

    /** Writes the whole output to a sink. */
    interface Body {
        void writeTo(OutputStream sink) throws IOException;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write to FILE instead of standard output; FILE is replaced only once complete")
    private Path output;

    @Mixin
    private ReportSet reports;

    @Mixin
    private DebugOption debugOption = new DebugOption();

    @Spec
    private CommandSpec spec;

    private final InputStream in;
    private final PrintStream out;

    ReportSetCommand(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public boolean debug() {
        return debugOption.enabled();
    }

    @Override
    public final Integer call() {
        debugOption.applyToLogging();
        String problem = usageProblem(output);
        if (problem != null) {
            err().println("govreport: " + problem);
            return ExitCodes.USAGE;
        }
        ReportSet.Read read = reports.read(in, err(), debug());
        try {
            write(read.documents(), output);
        } catch (IOException e) {
            err().println("govreport: " + (output == null ? "standard output" : output) + ": cannot write: "
                    + Messages.describe(e));
            return ExitCodes.FAILED;
        }
        if (read.failed() == 0) {
            return ExitCodes.OK;
        }
        err().printf("govreport: %d of %d inputs failed%n", read.failed(), read.inputs());
        return ExitCodes.FAILED;
    }

    /** Why the options cannot work together, or null. */
    String usageProblem(Path output) {
        return null;
    }

    /** Writes the output of {@code documents} to {@code output} (null for standard output). */
    abstract void write(List<Document> documents, Path output) throws IOException;

    /** Writes {@code body} to {@code file}, replaced only once complete, or to standard output when it is null. */
    final void writeTo(Path file, Body body) throws IOException {
        if (file == null) {
            body.writeTo(out);
            out.flush();
            return;
        }
        try (AtomicOutput output = AtomicOutput.open(file)) {
            body.writeTo(output.stream());
            output.commit();
        }
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
