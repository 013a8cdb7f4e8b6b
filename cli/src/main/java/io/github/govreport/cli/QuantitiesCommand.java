package io.github.govreport.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.govreport.core.json.internal.JsonTrees;
import io.github.govreport.extract.Leniency;
import io.github.govreport.extract.QuantityFinder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code govreport quantities}: the quantity layer as a filter, one JSON object per input line:
 * {@code {"input": …, "quantities": [{"text", "start", "end", "value", "valueMax", "unit",
 * "normalized": {"value", "unit"}, "qualifier", "measure"}]}}, offsets in code points of the line.
 */
@Command(name = "quantities",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Reads lines of text on standard input and writes, for each, one JSON object with the quantities "
                    + "found in it.",
            "Offsets are code points into the line, half-open."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.OK + ":every line was read",
            ExitCodes.FAILED + ":standard input could not be read",
            ExitCodes.USAGE + ":usage error"})
final class QuantitiesCommand implements Callable<Integer> {

    @Option(names = "--leniency", paramLabel = "LENIENCY", defaultValue = "facts",
            description = "facts (the default: only what can be a fact; bare integers are names) "
                    + "or numbers (every number that is not a name, date or code)")
    private String leniency;

    @Spec
    private CommandSpec spec;

    private final InputStream in;

    QuantitiesCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() {
        Leniency chosen = switch (leniency.toLowerCase(Locale.ROOT)) {
            case "facts" -> Leniency.FACTS;
            case "numbers" -> Leniency.NUMBERS;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--leniency must be facts or numbers, was '" + leniency + "'");
        };
        QuantityFinder finder = QuantityFinder.create(chosen);
        PrintWriter out = spec.commandLine().getOut();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.println(JsonTrees.line(describe(line, finder.find(line))));
            }
            out.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("govreport: standard input: " + Messages.describe(e));
            return ExitCodes.FAILED;
        }
    }

    private static ObjectNode describe(String line, java.util.List<QuantityFinder.Found> found) {
        ObjectNode node = JsonTrees.newObject();
        node.put("input", line);
        ArrayNode quantities = node.putArray("quantities");
        for (QuantityFinder.Found f : found) {
            ObjectNode q = quantities.addObject();
            q.put("text", f.text());
            q.put("start", f.span().start());
            q.put("end", f.span().end());
            q.put("value", f.quantity().value());
            q.put("valueMax", f.quantity().valueMax());
            q.put("unit", f.quantity().unit());
            ObjectNode normalized = q.putObject("normalized");
            normalized.put("value", f.quantity().normalized().value());
            normalized.put("unit", f.quantity().normalized().unit());
            q.put("qualifier", f.qualifier().jsonName());
            q.put("measure", f.measure().jsonName());
        }
        return node;
    }
}
