package io.github.govreport.cli;

import io.github.govreport.core.Document;
import io.github.govreport.extract.ExtractionException;
import io.github.govreport.extract.ReportExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govreport extract}: reads reports and writes their facts. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Extracts the facts of reports and writes them as JSON Lines, JSON or CSV.",
            "A file that cannot be read is reported on standard error; the others are still written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.OK + ":all inputs extracted",
            ExitCodes.FAILED + ":some inputs failed (the output holds the others), or the output could not be written",
            ExitCodes.USAGE + ":usage error"})
final class ExtractCommand implements Callable<Integer> {

    /** The name standard input is read under: it makes the document id "stdin" and lets detection treat it as text. */
    static final String STDIN_NAME = "stdin.txt";

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", converter = Format.Converter.class,
            description = "jsonl (one fact per line, the default), json (an array of documents) "
                    + "or csv (one fact per row, UTF-8 with byte-order mark)")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write to FILE instead of standard output; FILE is replaced only once complete")
    private Path output;

    @Option(names = "--debug", description = "print stack traces and the parsers' own log messages")
    private boolean debug;

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

    ExtractCommand(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    boolean debug() {
        return debug;
    }

    @Override
    public Integer call() {
        if (debug) {
            // Read by slf4j-simple when the first logger is made, which is while the extractor is built.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        List<Input> inputs = new InputCollector().collect(paths);
        ReportExtractor extractor = limits.applyTo(ReportExtractor.builder()).build();
        try {
            if (output == null) {
                return extractAll(extractor, inputs, out);
            }
            try (AtomicOutput file = AtomicOutput.open(output)) {
                int status = extractAll(extractor, inputs, file.stream());
                file.commit();
                return status;
            }
        } catch (IOException e) {
            report(output == null ? "standard output" : output.toString(), "cannot write: " + Messages.describe(e), e);
            return ExitCodes.FAILED;
        }
    }

    private int extractAll(ReportExtractor extractor, List<Input> inputs, OutputStream sink) throws IOException {
        FactWriter writer = format.writerFor(sink);
        writer.start();
        int failed = 0;
        for (Input input : inputs) {
            if (!extractOne(extractor, input, writer)) {
                failed++;
            }
            if (sink instanceof PrintStream stdout && stdout.checkError()) {
                // The reader went away (head, a pager closed): stop quietly, as cat does on SIGPIPE.
                return ExitCodes.FAILED;
            }
        }
        writer.finish();
        if (failed > 0) {
            err().printf("govreport: %d of %d inputs failed%n", failed, inputs.size());
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    /** Extracts and writes one input; reports it and returns false when it fails. */
    private boolean extractOne(ReportExtractor extractor, Input input, FactWriter writer) throws IOException {
        if (input instanceof Input.Unreadable unreadable) {
            report(unreadable.label(), unreadable.reason(), null);
            return false;
        }
        try {
            writer.write(read(extractor, input));
            return true;
        } catch (ExtractionException e) {
            report(input.label(), e.reason(), e);
        } catch (RuntimeException | LinkageError e) {
            // A bug, or a parser whose classes are missing, costs this input only; the others may still be read.
            report(input.label(), "internal error: " + Messages.describe(e), e);
        } catch (OutOfMemoryError e) {
            // What this input allocated is garbage once we are here, so the next input has the memory again.
            report(input.label(), Messages.OUT_OF_MEMORY, e);
        }
        return false;
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
        if (debug && cause != null) {
            cause.printStackTrace(err());
        }
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
