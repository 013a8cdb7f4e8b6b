package io.github.govreport.cli;

import io.github.govreport.core.Document;
import io.github.govreport.extract.ReportExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govreport report}: extracts reports and writes one HTML page to review their facts. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Extracts the facts of reports and writes a review page, one self-contained HTML file.",
            "The page shows each report's text with its facts highlighted, a sortable and filterable table of "
                    + "the facts and a chart per indicator.",
            "A file that cannot be read is reported on standard error and on the page; the others are still "
                    + "on the page."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.OK + ":all inputs extracted",
            ExitCodes.FAILED + ":some inputs failed (the page holds the others), or the page could not be written",
            ExitCodes.USAGE + ":usage error"})
final class ReportCommand implements DebugOption.Debuggable, Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write the page to FILE instead of standard output; FILE is replaced only once complete")
    private Path output;

    @Mixin
    private DebugOption debugOption = new DebugOption();

    @Mixin
    private ReadingLimits limits;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "a report file; a directory, searched recursively for txt, md, markdown, html, htm, "
                    + "xhtml, pdf, docx and doc files; or - for standard input")
    private List<Path> paths;

    @Spec
    private CommandSpec spec;

    private final InputStream in;
    private final PrintStream out;

    ReportCommand(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public boolean debug() {
        return debugOption.enabled();
    }

    @Override
    public Integer call() {
        debugOption.applyToLogging();
        List<Input> inputs = new InputCollector().collect(paths);
        InputReader reader = new InputReader(limits.applyTo(ReportExtractor.builder()).build(), in);
        try {
            if (output == null) {
                return readAndWrite(reader, inputs, out);
            }
            // Opened before reading, so that an unwritable target fails before any work is done.
            try (AtomicOutput file = AtomicOutput.open(output)) {
                int status = readAndWrite(reader, inputs, file.stream());
                file.commit();
                return status;
            }
        } catch (IOException e) {
            report(output == null ? "standard output" : output.toString(), "cannot write: " + Messages.describe(e), e);
            return ExitCodes.FAILED;
        }
    }

    private int readAndWrite(InputReader reader, List<Input> inputs, OutputStream sink) throws IOException {
        // The page needs every document at once; a review page is for what a person can read, not for big batches.
        List<Document> documents = new ArrayList<>();
        List<ReviewPage.Failure> failures = new ArrayList<>();
        DocumentIds ids = new DocumentIds();
        for (Input input : inputs) {
            InputReader.Outcome outcome = reader.read(input);
            if (outcome instanceof InputReader.Outcome.Read read) {
                documents.add(ids.give(read.document()));
            } else if (outcome instanceof InputReader.Outcome.Failed failed) {
                ids.hold(input);
                report(input.label(), failed.reason(), failed.cause());
                failures.add(new ReviewPage.Failure(input.label(), failed.reason()));
            }
        }
        ReviewPage.write(documents, failures, sink);
        sink.flush();
        if (!failures.isEmpty()) {
            err().printf("govreport: %d of %d inputs failed%n", failures.size(), inputs.size());
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    /** One line per problem; the stack trace only with --debug. */
    private void report(String what, String reason, Throwable cause) {
        err().println("govreport: " + what + ": " + reason);
        if (debugOption.enabled() && cause != null) {
            cause.printStackTrace(err());
        }
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
