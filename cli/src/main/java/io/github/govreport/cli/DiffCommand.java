package io.github.govreport.cli;

import io.github.govreport.core.Fact;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code govreport diff}: which facts appeared, disappeared or changed between two runs. Facts
 * are the same fact when they have the same document, place and text; a changed fact lists the
 * fields that differ.
 */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Shows which facts appeared (+), disappeared (-) or changed (~) between two facts/1 files.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.OK + ":compared (whether or not they differ)",
            ExitCodes.FAILED + ":a file could not be read",
            ExitCodes.USAGE + ":usage error"})
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A.jsonl", description = "the earlier run")
    private Path before;

    @Parameters(index = "1", paramLabel = "B.jsonl", description = "the later run")
    private Path after;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Map<String, Fact> a = byPlace(PredictionsReader.read(before));
            Map<String, Fact> b = byPlace(PredictionsReader.read(after));
            int appeared = 0;
            int disappeared = 0;
            int changed = 0;
            for (Map.Entry<String, Fact> entry : a.entrySet()) {
                Fact old = entry.getValue();
                Fact now = b.get(entry.getKey());
                if (now == null) {
                    out.println("- " + describe(old));
                    disappeared++;
                } else {
                    List<String> differences = differences(old, now);
                    if (!differences.isEmpty()) {
                        out.println("~ " + old.doc() + " " + old.text() + "  " + String.join("; ", differences)
                                + "  «" + old.sentence() + "»");
                        changed++;
                    }
                }
            }
            for (Map.Entry<String, Fact> entry : b.entrySet()) {
                if (!a.containsKey(entry.getKey())) {
                    out.println("+ " + describe(entry.getValue()));
                    appeared++;
                }
            }
            out.printf("%d appeared, %d disappeared, %d changed, %d unchanged%n", appeared, disappeared, changed,
                    a.size() - disappeared - changed);
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("govreport: " + Messages.describe(e));
            return ExitCodes.FAILED;
        }
    }

    /** Facts by document, place and text; a fact repeated at the same place keeps its first occurrence. */
    private static Map<String, Fact> byPlace(List<Fact> facts) {
        Map<String, Fact> byPlace = new LinkedHashMap<>();
        for (Fact fact : facts) {
            byPlace.putIfAbsent(fact.doc() + "\u0000" + fact.span().start() + "\u0000" + fact.text(), fact);
        }
        return byPlace;
    }

    private static List<String> differences(Fact a, Fact b) {
        List<String> differences = new ArrayList<>();
        compare(differences, "indicator", a.indicator(), b.indicator());
        compare(differences, "indicatorId", a.indicatorId(), b.indicatorId());
        compare(differences, "measure", a.measure().jsonName(), b.measure().jsonName());
        compare(differences, "value", a.quantity().value().toPlainString(), b.quantity().value().toPlainString());
        compare(differences, "valueMax", a.quantity().valueMax() == null ? null : a.quantity().valueMax().toPlainString(),
                b.quantity().valueMax() == null ? null : b.quantity().valueMax().toPlainString());
        compare(differences, "unit", a.quantity().unit(), b.quantity().unit());
        compare(differences, "qualifier", a.qualifier().jsonName(), b.qualifier().jsonName());
        compare(differences, "kind", a.kind().jsonName(), b.kind().jsonName());
        compare(differences, "period", a.period(), b.period());
        compare(differences, "binding", a.binding() == null ? null : a.binding().jsonName(),
                b.binding() == null ? null : b.binding().jsonName());
        compare(differences, "section", String.join(" > ", a.section()), String.join(" > ", b.section()));
        return differences;
    }

    private static void compare(List<String> differences, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            differences.add(field + ": " + a + " → " + b);
        }
    }

    private static String describe(Fact f) {
        return f.doc() + " " + f.text() + " [" + f.measure().jsonName() + " " + f.qualifier().jsonName() + " "
                + f.kind().jsonName() + " " + f.period() + "] " + (f.indicator() == null ? "-" : f.indicator())
                + "  «" + f.sentence() + "»";
    }
}
