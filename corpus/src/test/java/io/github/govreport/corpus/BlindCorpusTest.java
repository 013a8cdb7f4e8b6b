package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Fact;
import io.github.govreport.extract.ReportExtractor;
import io.github.govreport.extract.dict.TsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The blind corpus ({@code blind/}): whole reports of other regions, levels and years, every fact
 * annotated by writers who never saw the rules or the output, split into a development and a
 * test-only part ({@code splits.tsv}). Each split is scored on its own; a score below its floor
 * ({@code floors.tsv}) fails the build. {@code govreport eval --gold DIR --docs DIR} prints the
 * same for a run.
 */
class BlindCorpusTest {

    @Test
    void eachSplitKeepsItsFloors() throws Exception {
        Path dir = Path.of(BlindCorpusTest.class.getResource("blind").toURI());
        Map<String, List<String>> splits = splits(dir.resolve("splits.tsv"));
        Map<String, Double> floors = floors(dir.resolve("floors.tsv"));
        Gold all = Gold.load(dir);
        Map<String, String> texts = new HashMap<>();
        for (String doc : all.byDocument().keySet()) {
            texts.put(doc, Files.readString(dir.resolve(doc + ".txt")));
        }
        assertThat(all.validate(texts::get)).as("gold problems").isEmpty();
        assertThat(splits.values().stream().flatMap(List::stream))
                .as("every annotated report is in a split").containsExactlyInAnyOrderElementsOf(texts.keySet());

        ReportExtractor extractor = ReportExtractor.create();
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, List<String>> split : splits.entrySet()) {
            List<Fact> facts = new ArrayList<>();
            for (String doc : split.getValue()) {
                facts.addAll(extractor.extract(dir.resolve(doc + ".txt")).facts());
            }
            Scores scores = new Scorer(all.restrictedTo(split.getValue()), texts::get).evaluate(facts).scores();
            System.out.printf(Locale.ROOT, "Blind corpus, %s split (%d reports), quantity F1 %.3f:%n%s%n", split.getKey(),
                    split.getValue().size(), scores.get(Scores.ALL, Level.QUANTITY).f1(), scores.summary());
            Map<String, Double> measured = Map.of(
                    "fully", scores.fullyRight(Scores.ALL),
                    "recall", scores.get(Scores.ALL, Level.FACT).recall(),
                    "quantity-f1", scores.get(Scores.ALL, Level.QUANTITY).f1());
            measured.forEach((metric, value) -> {
                Double floor = floors.get(split.getKey() + "\t" + metric);
                // Floors are written to three places, as the scores are printed.
                if (floor != null && Math.round(value * 1000) < Math.round(floor * 1000)) {
                    violations.add(String.format(Locale.ROOT, "%s %s %.3f < floor %.3f", split.getKey(), metric,
                            value, floor));
                }
            });
        }
        assertThat(violations).as("scores below their floors").isEmpty();
    }

    static Map<String, List<String>> splits(Path file) throws IOException {
        Map<String, List<String>> splits = new LinkedHashMap<>();
        for (TsvTable.Row row : table(file, "doc", "split").rows()) {
            splits.computeIfAbsent(row.require("split"), s -> new ArrayList<>()).add(row.require("doc"));
        }
        return splits;
    }

    static Map<String, Double> floors(Path file) throws IOException {
        Map<String, Double> floors = new HashMap<>();
        for (TsvTable.Row row : table(file, "split", "metric", "floor").rows()) {
            floors.put(row.require("split") + "\t" + row.require("metric"), Double.parseDouble(row.require("floor")));
        }
        return floors;
    }

    /** The project's TSV reader: header row, # comments, a bad row named by file and line. */
    private static TsvTable table(Path file, String... columns) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return TsvTable.read(file.toString(), in, columns);
        }
    }
}
