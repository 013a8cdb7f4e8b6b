package io.github.govreport.cli;

import io.github.govreport.core.Fact;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code govreport diff}: which facts appeared, disappeared or changed between two runs. Facts are
 * paired by what they say ({@link FactMatcher}), not where they are, so the same report read from
 * another format or with other offsets gives no differences; a changed fact lists the fields that
 * differ.
 */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Shows which facts appeared (+), disappeared (-) or changed (~) between two facts/2 "
                + "(or facts/1) files.",
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
            List<FactMatcher.Match> matches = FactMatcher.match(PredictionsReader.read(before),
                    PredictionsReader.read(after));
            int appeared = 0;
            int disappeared = 0;
            int changed = 0;
            int unchanged = 0;
            for (FactMatcher.Match match : matches) {
                Fact old = match.before();
                Fact now = match.after();
                if (now == null) {
                    out.println("- " + describe(old));
                    disappeared++;
                } else if (old == null) {
                    out.println("+ " + describe(now));
                    appeared++;
                } else {
                    List<String> differences = differences(old, now);
                    if (differences.isEmpty()) {
                        unchanged++;
                    } else {
                        out.println("~ " + old.doc() + " " + old.text() + "  " + String.join("; ", differences)
                                + "  «" + old.sentence() + "»");
                        changed++;
                    }
                }
            }
            out.printf("%d appeared, %d disappeared, %d changed, %d unchanged%n", appeared, disappeared, changed,
                    unchanged);
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("govreport: " + Messages.describe(e));
            return ExitCodes.FAILED;
        }
    }

    /** The fields that differ, offsets left out: where a fact is found is not what it says. */
    private static List<String> differences(Fact a, Fact b) {
        List<String> differences = new ArrayList<>();
        compare(differences, "indicator", a.indicator(), b.indicator());
        compare(differences, "indicatorId", a.indicatorId(), b.indicatorId());
        compare(differences, "code", a.code(), b.code());
        compare(differences, "measure", a.measure().jsonName(), b.measure().jsonName());
        compare(differences, "value", number(a.quantity().value()), number(b.quantity().value()));
        compare(differences, "valueMax", number(a.quantity().valueMax()), number(b.quantity().valueMax()));
        compare(differences, "unit", a.quantity().unit(), b.quantity().unit());
        compare(differences, "qualifier", a.qualifier().jsonName(), b.qualifier().jsonName());
        compare(differences, "kind", a.kind().jsonName(), b.kind().jsonName());
        compare(differences, "period", a.period(), b.period());
        compare(differences, "binding", a.binding() == null ? null : a.binding().jsonName(),
                b.binding() == null ? null : b.binding().jsonName());
        compare(differences, "section", String.join(" > ", a.section()), String.join(" > ", b.section()));
        // Text from a PDF has its spaces elsewhere: only other characters are a change.
        if (!FactMatcher.withoutSpaces(a.text()).equals(FactMatcher.withoutSpaces(b.text()))) {
            differences.add("text: " + a.text() + " → " + b.text());
        }
        if (!FactMatcher.withoutSpaces(a.sentence()).equals(FactMatcher.withoutSpaces(b.sentence()))) {
            differences.add("sentence: «" + a.sentence() + "» → «" + b.sentence() + "»");
        }
        return differences;
    }

    /** 6 and 6.0 are the same value. */
    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
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
