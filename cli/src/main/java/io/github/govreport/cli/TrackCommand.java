package io.github.govreport.cli;

import io.github.govreport.panel.Attainment;
import io.github.govreport.panel.Panel;
import io.github.govreport.panel.PanelJson;
import io.github.govreport.panel.TargetTracker;
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

/** {@code govreport track}: each target of the reports checked against the result a later report gives. */
@Command(name = "track",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks each target of the reports against the result that a later report gives for its year.",
            "A target (kind target, period Y) is paired with the result for Y that a later report of the same "
                    + "region gives for the same indicator id and measure: met, near, missed or no_result, with "
                    + "the gap in the target's unit. The target's qualifier and the indicator's direction decide "
                    + "the comparison (docs/panel.md).",
            "Give the reports of consecutive years together."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.OK + ":all inputs read",
            ExitCodes.FAILED + ":some inputs failed (the others are tracked), or the output could not be written",
            ExitCodes.USAGE + ":usage error"})
final class TrackCommand implements DebugOption.Debuggable, Callable<Integer> {

    /** The output formats of track. */
    enum TrackFormat { jsonl, csv, html }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (an attainment/1 line per target, the default), csv (one typed column per "
                    + "field) or html (per region, targets against results and a chart per indicator)")
    private TrackFormat format;

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

    TrackCommand(InputStream in, PrintStream out) {
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
        ReportSet.Read read = reports.read(in, err(), debug());
        List<Attainment> rows = TargetTracker.bundled().track(Panel.of(read.documents()));
        try {
            Outputs.write(output, out, sink -> write(rows, sink));
        } catch (IOException e) {
            err().println("govreport: " + (output == null ? "standard output" : output) + ": cannot write: "
                    + Messages.describe(e));
            return ExitCodes.FAILED;
        }
        return Outputs.status(read, err());
    }

    private void write(List<Attainment> rows, OutputStream sink) throws IOException {
        switch (format) {
            case csv -> PanelTables.ATTAINMENTS.writeCsv(rows, sink);
            case html -> AttainmentPage.write(rows, sink);
            case jsonl -> {
                for (Attainment row : rows) {
                    sink.write((PanelJson.attainmentLine(row) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
