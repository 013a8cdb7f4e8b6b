package io.github.govreport.cli;

import io.github.govreport.core.Document;
import io.github.govreport.extract.ExtractionException;
import io.github.govreport.extract.ReportExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code govreport extract}: reads reports and writes their facts.
 *
 * <p>The options are read here; {@link InputCollector} finds the inputs, {@link BatchRunner}
 * extracts them on worker threads, {@link BatchOutput} writes them, {@link ProgressReporter}
 * shows how far it got and {@link InterruptGuard} makes Ctrl-C leave no half-written output.
 */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Extracts the facts of reports and writes them as JSON Lines, JSON, CSV or an SQLite database.",
            "A file that cannot be read is reported on standard error; the others are still written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.OK + ":all inputs extracted",
            ExitCodes.FAILED + ":some inputs failed (the output holds the others), or the output could not be written",
            ExitCodes.USAGE + ":usage error"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  govreport extract reports/ > facts.jsonl",
            "  govreport extract -j 4 --include '*.pdf' --exclude drafts \\",
            "      --format csv -o facts.csv reports/",
            "  govreport extract --format json -o out/ reports/     # a file per report",
            "  govreport extract --format sqlite -o facts.db reports/  # again: updates",
            "  govreport extract -q --errors failed.jsonl reports/ > facts.jsonl",
            "  curl -s https://example.org/report.html | govreport extract -"})
final class ExtractCommand implements DebugOption.Debuggable, Callable<Integer> {

    /** The name standard input is read under: it makes the document id "stdin" and lets detection treat it as text. */
    static final String STDIN_NAME = "stdin.txt";

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", converter = Format.Converter.class,
            description = "jsonl (one fact per line, the default), json (an array of documents; with -o DIR, "
                    + "one file per document), csv (one fact per row, UTF-8 with byte-order mark) or sqlite "
                    + "(tables documents, sections, facts in the database file given with -o)")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write to FILE instead of standard output; FILE is replaced only once complete. "
                    + "With --format json, a directory (or a name ending in /) gets one DOC.json per input; "
                    + "with --format sqlite, the database is created or added to, one whole document at a time")
    private String output;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "in directories, read only the files matching GLOB (repeatable); a GLOB with a / is "
                    + "matched against the path below the directory given, one without against the file name "
                    + "(default: the document extensions)")
    private List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "in directories, skip the files and directories matching GLOB (repeatable), "
                    + "matched as --include")
    private List<String> excludes = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "read N inputs at once (default: the number of processors, ${DEFAULT-VALUE}); "
                    + "the output order is the input order whatever N")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", paramLabel = "STYLE", defaultValue = "auto",
            description = "progress on standard error: bar (one line redrawn), lines (a line every "
                    + "5 seconds and one at the end), none, or auto (the default: bar on a terminal, else "
                    + "lines once a run has taken 5 seconds)")
    private ProgressOption progress;

    @Option(names = {"-q", "--quiet"}, description = "no progress; failed inputs are still reported")
    private boolean quiet;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "also write the failed inputs to FILE as JSON Lines, {\"path\":…,\"reason\":…} "
                    + "per input (an empty file when none failed)")
    private Path errorsFile;

    @Mixin
    private DebugOption debugOption = new DebugOption();

    @Mixin
    private ReadingLimits limits;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "a report file; a directory, searched recursively for txt, md, markdown, html, htm, "
                    + "xhtml, pdf, docx and doc files (or what --include says); or - for standard input")
    private List<Path> paths;

    @Spec
    private CommandSpec spec;

    private final InputStream in;
    private final PrintStream out;

    ExtractCommand(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public boolean debug() {
        return debugOption.enabled();
    }

    /** {@code --progress}: auto picks bar or lines by whether standard error is a terminal. */
    enum ProgressOption { auto, bar, lines, none }

    @Override
    public Integer call() {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, was " + jobs);
        }
        if (format == Format.SQLITE && output == null) {
            throw new ParameterException(spec.commandLine(), "--format sqlite writes a database file: give it with -o FILE");
        }
        debugOption.applyToLogging();
        List<Input> inputs = new InputCollector(PathFilter.of(includes, excludes)).collect(paths);
        BatchOutput batchOutput;
        try {
            batchOutput = BatchOutput.open(format, output, out, new VersionProvider().getVersion()[0]);
        } catch (IOException e) {
            report(output, "cannot write: " + Messages.describe(e), e);
            return ExitCodes.FAILED;
        }
        ReportExtractor extractor = limits.applyTo(ReportExtractor.builder()).build();
        return new Run(inputs, new BatchRunner(input -> read(extractor, input), jobs), batchOutput).call();
    }

    /** One run of the batch: its progress, failures and output. */
    private final class Run implements BatchRunner.Listener {
        private final List<Input> inputs;
        private final BatchRunner runner;
        private final BatchOutput batchOutput;
        private final ProgressReporter progressReporter;
        private final List<BatchRunner.Failure> failures = new ArrayList<>();
        private final AtomicInteger finished = new AtomicInteger();
        private boolean outputClosed;

        Run(List<Input> inputs, BatchRunner runner, BatchOutput batchOutput) {
            this.inputs = inputs;
            this.runner = runner;
            this.batchOutput = batchOutput;
            this.progressReporter = new ProgressReporter(progressStyle(), err(), System::nanoTime);
        }

        int call() {
            BatchRunner.Result result;
            try (InterruptGuard guard = new InterruptGuard(runner::cancel, this::interruptedMessage, err()).install()) {
                try {
                    result = runAndWrite();
                } catch (IOException e) {
                    progressReporter.clear();
                    report(output == null ? "standard output" : output, "cannot write: " + Messages.describe(e), e);
                    return ExitCodes.FAILED;
                } finally {
                    guard.cleanedUp();
                }
            }
            if (outputClosed) {
                return ExitCodes.FAILED;   // the reader went away: stop quietly, as cat does on SIGPIPE
            }
            if (result.cancelled()) {
                return ExitCodes.FAILED;   // interrupted: the guard says what was done
            }
            progressReporter.finish();
            return summarise();
        }

        private BatchRunner.Result runAndWrite() throws IOException {
            BatchRunner.Result result;
            try (BatchOutput o = batchOutput) {
                FactWriter writer = o.writer();
                writer.start();
                progressReporter.start(inputs.size());
                result = runner.run(inputs, writer, this);
                if (result.cancelled()) {
                    progressReporter.clear();
                    reportFailures();
                    return result;
                }
                writer.finish();
                o.commit();
            }
            return result;
        }

        @Override
        public void written(Input input, Document document) {
            finished.incrementAndGet();
            progressReporter.written(document.facts().size());
            if (output == null && out.checkError()) {
                outputClosed = true;
                runner.cancel();
            }
        }

        @Override
        public void failed(BatchRunner.Failure failure) {
            finished.incrementAndGet();
            failures.add(failure);
            progressReporter.failed();
        }

        @Override
        public void waiting() {
            progressReporter.tick();
        }

        /** Each failed input once, with its reason, then how many; the --errors file. */
        private int summarise() {
            reportFailures();
            int status = failures.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
            if (!failures.isEmpty()) {
                err().printf("govreport: %d of %d inputs failed%n", failures.size(), inputs.size());
            }
            if (errorsFile != null) {
                try {
                    ErrorsFile.write(errorsFile, failures);
                } catch (IOException e) {
                    report(errorsFile.toString(), "cannot write: " + Messages.describe(e), e);
                    status = ExitCodes.FAILED;
                }
            }
            return status;
        }

        private void reportFailures() {
            for (BatchRunner.Failure failure : failures) {
                report(failure.path(), failure.reason(), failure.cause());
            }
        }

        private String interruptedMessage() {
            return "interrupted after " + finished.get() + " of " + inputs.size() + " inputs; " + batchOutput.whenInterrupted();
        }
    }

    private ProgressReporter.Style progressStyle() {
        if (quiet) {
            return ProgressReporter.Style.NONE;
        }
        return switch (progress) {
            case bar -> ProgressReporter.Style.BAR;
            case lines -> ProgressReporter.Style.LINES;
            case none -> ProgressReporter.Style.NONE;
            case auto -> Terminal.standardErrorIsTerminal()
                    ? ProgressReporter.Style.BAR : ProgressReporter.Style.SLOW_RUN_LINES;
        };
    }

    private Document read(ReportExtractor extractor, Input input) throws ExtractionException {
        if (input instanceof Input.File file) {
            return extractor.extract(file.path());
        }
        return extractor.extract(in, STDIN_NAME);
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
