package io.github.govreport.cli;

import io.github.govreport.core.Document;
import io.github.govreport.panel.Attainment;
import io.github.govreport.panel.Panel;
import io.github.govreport.panel.PanelJson;
import io.github.govreport.panel.TargetTracker;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
final class TrackCommand extends ReportSetCommand {

    /** The output formats of track. */
    enum TrackFormat { jsonl, csv, html }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (an attainment/1 line per target, the default), csv (one typed column per "
                    + "field) or html (per region, targets against results and a chart per indicator)")
    private TrackFormat format;

    TrackCommand(InputStream in, PrintStream out) {
        super(in, out);
    }

    @Override
    void write(List<Document> documents, Path output) throws IOException {
        List<Attainment> rows = TargetTracker.bundled().track(Panel.of(documents));
        writeTo(output, sink -> {
            switch (format) {
                case csv -> PanelTables.ATTAINMENTS.writeCsv(rows, sink);
                case html -> AttainmentPage.write(rows, sink);
                case jsonl -> {
                    for (Attainment row : rows) {
                        sink.write((PanelJson.attainmentLine(row) + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        });
    }
}
