package io.github.govreport.cli;

import io.github.govreport.core.Document;
import io.github.govreport.panel.Observation;
import io.github.govreport.panel.Panel;
import io.github.govreport.panel.PanelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
final class PanelCommand extends ReportSetCommand {

    /** The output formats of the panel. */
    enum PanelFormat { jsonl, csv, sqlite }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (a panel/1 line per observation, the default), csv (one typed column per field, "
                    + "the first source's provenance) or sqlite (tables observations and observation_sources in "
                    + "the file given with -o)")
    private PanelFormat format;

    PanelCommand(InputStream in, PrintStream out) {
        super(in, out);
    }

    @Override
    String usageProblem(Path output) {
        return format == PanelFormat.sqlite && output == null ? "--format sqlite needs a database file: -o FILE" : null;
    }

    @Override
    void write(List<Document> documents, Path output) throws IOException {
        List<Observation> observations = Panel.of(documents).observations();
        switch (format) {
            case sqlite -> PanelSqlite.write(observations, output);
            case csv -> writeTo(output, sink -> PanelTables.OBSERVATIONS.writeCsv(observations, sink));
            case jsonl -> writeTo(output, sink -> {
                for (Observation observation : observations) {
                    sink.write((PanelJson.observationLine(observation) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            });
        }
    }
}
