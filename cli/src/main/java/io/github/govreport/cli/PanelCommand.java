package io.github.govreport.cli;

import io.github.govreport.panel.Observation;
import io.github.govreport.panel.Panel;
import io.github.govreport.panel.PanelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code govreport panel}: the facts of many reports as one table of region × indicator × measure × year × kind. */
@Command(name = "panel",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Joins the facts of many reports into a panel of indicators by region and year.",
            "The panel has one row per region, indicator id, measure, year and kind (result or target), with "
                    + "the document, place and text of every fact behind it. Where the reports give different "
                    + "numbers, the row's agreement is 'conflict' and it names each source.",
            "Only facts with a region, an indicator id, a period and a kind are joined (docs/panel.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.OK + ":all inputs read",
            ExitCodes.FAILED + ":some inputs failed (the panel holds the others), or the output could not be written",
            ExitCodes.USAGE + ":usage error"})
final class PanelCommand implements DebugOption.Debuggable, Callable<Integer> {

    /** The output formats of the panel. */
    enum PanelFormat { jsonl, csv, sqlite }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (a panel/1 line per observation, the default), csv (one typed column per field, "
                    + "the first source's provenance) or sqlite (tables observations and observation_sources in "
                    + "the file given with -o)")
    private PanelFormat format;

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

    PanelCommand(InputStream in, PrintStream out) {
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
        if (format == PanelFormat.sqlite && output == null) {
            err().println("govreport: --format sqlite needs a database file: -o FILE");
            return ExitCodes.USAGE;
        }
        ReportSet.Read read = reports.read(in, err(), debug());
        List<Observation> observations = Panel.of(read.documents()).observations();
        try {
            if (format == PanelFormat.sqlite) {
                PanelSqlite.write(observations, output);
            } else {
                Outputs.write(output, out, sink -> write(observations, sink));
            }
        } catch (IOException e) {
            err().println("govreport: " + (output == null ? "standard output" : output) + ": cannot write: "
                    + Messages.describe(e));
            return ExitCodes.FAILED;
        }
        return Outputs.status(read, err());
    }

    private void write(List<Observation> observations, OutputStream sink) throws IOException {
        if (format == PanelFormat.csv) {
            PanelTables.OBSERVATIONS.writeCsv(observations, sink);
            return;
        }
        for (Observation observation : observations) {
            sink.write((PanelJson.observationLine(observation) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
