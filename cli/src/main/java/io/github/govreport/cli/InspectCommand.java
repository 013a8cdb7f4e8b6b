package io.github.govreport.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.govreport.core.Document;
import io.github.govreport.core.json.internal.JsonTrees;
import io.github.govreport.extract.ExtractionException;
import io.github.govreport.extract.ReportExtractor;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govreport inspect}: what the extractor saw in one report, before any fact. */
@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Shows how a report was read, before any fact.",
            "The outline gives its metadata (title, region with its GB/T 2260 code, level, year, type, issuer, "
                    + "date, document number), its parts when the file holds several reports, the section tree "
                    + "with offsets, the tables, footnotes and warnings. Offsets are code points into the "
                    + "normalised text that --text prints."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.OK + ":the report was read",
            ExitCodes.FAILED + ":the report could not be read",
            ExitCodes.USAGE + ":usage error"})
final class InspectCommand implements DebugOption.Debuggable, Callable<Integer> {

    @Option(names = "--text", description = "also print the normalised text, after the outline "
            + "(the json format always has it)")
    private boolean text;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (an outline for people, the default) or json (the document/3 object, "
                    + "with an empty list of facts, on one line)")
    private String format;

    @Mixin
    private DebugOption debugOption = new DebugOption();

    @Mixin
    private ReadingLimits limits;

    @Parameters(paramLabel = "PATH", description = "a report file, or - for standard input")
    private Path path;

    @Spec
    private CommandSpec spec;

    private final InputStream in;

    InspectCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public boolean debug() {
        return debugOption.enabled();
    }

    @Override
    public Integer call() {
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new ParameterException(spec.commandLine(),
                    "--format must be text or json, was '" + format + "'");
        };
        boolean stdin = path.toString().equals("-");
        PrintWriter err = spec.commandLine().getErr();
        if (!stdin && !Files.exists(path)) {
            // The words extract uses for a missing input (InputCollector), not the library's shorter ones.
            err.println("govreport: " + path + ": no such file or directory");
            return ExitCodes.FAILED;
        }
        debugOption.applyToLogging();
        ReportExtractor extractor = limits.applyTo(ReportExtractor.builder()).build();
        Document document;
        try {
            document = stdin ? extractor.extract(in, ExtractCommand.STDIN_NAME) : extractor.extract(path);
        } catch (ExtractionException e) {
            err.println("govreport: " + (stdin ? "<stdin>" : path.toString()) + ": " + e.reason());
            if (debugOption.enabled()) {
                e.printStackTrace(err);
            }
            return ExitCodes.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            // Still a valid document/3 (readers require every key), with an empty list of facts.
            ObjectNode node = JsonTrees.documentNode(document);
            node.putArray("facts");
            out.println(JsonTrees.line(node));
        } else {
            new Outline(out).write(document);
            if (text) {
                out.println();
                out.println("text");
                out.println(document.text());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
