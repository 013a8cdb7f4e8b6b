package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Fact;
import io.github.govreport.extract.ReportExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Indicator ids on the headline facts of the blind corpus (headline-ids/, marked by readers who
 * never saw the rules): on each split, the share of headline facts that get their id must stay at
 * its floor ({@code blind/floors.tsv}, metric {@code headline-ids}), and no fact may get a
 * neighbour's id more often than the floor {@code wrong-ids} allows.
 */
class HeadlineIdsTest {

    @Test
    void headlineFactsGetTheirIndicatorIds() throws Exception {
        Path blind = Path.of(HeadlineIdsTest.class.getResource("blind").toURI());
        Path dir = Path.of(HeadlineIdsTest.class.getResource("headline-ids").toURI());
        List<HeadlineIdEvaluation.Row> rows = HeadlineIdEvaluation.load(dir);
        Map<String, List<String>> splits = BlindCorpusTest.splits(blind.resolve("splits.tsv"));
        Map<String, Double> floors = BlindCorpusTest.floors(blind.resolve("floors.tsv"));
        ReportExtractor extractor = ReportExtractor.create();
        Map<String, String> texts = new HashMap<>();
        Map<String, List<Fact>> facts = new HashMap<>();
        for (String doc : rows.stream().map(HeadlineIdEvaluation.Row::doc).distinct().toList()) {
            texts.put(doc, Files.readString(blind.resolve(doc + ".txt")));
            facts.put(doc, extractor.extract(blind.resolve(doc + ".txt")).facts());
        }
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, List<String>> split : splits.entrySet()) {
            HeadlineIdEvaluation.Score score = HeadlineIdEvaluation.score(rows, split.getValue(), texts::get, facts);
            System.out.printf(Locale.ROOT, "Headline ids, %s split: %d of %d right (%.3f), %d not extracted, "
                    + "%d with a neighbour's id%n", split.getKey(), score.right(), score.rows(), score.accuracy(),
                    score.notFound(), score.wrongId());
            if (split.getKey().equals("dev")) {
                score.errors().forEach(e -> System.out.println("  " + e));
            }
            assertThat(score.rows()).as(split.getKey() + " rows").isGreaterThan(300);
            Double floor = floors.get(split.getKey() + "\theadline-ids");
            Double ceiling = floors.get(split.getKey() + "\twrong-ids");
            assertThat(floor).as("floor of " + split.getKey() + " headline-ids").isNotNull();
            assertThat(ceiling).as("ceiling of " + split.getKey() + " wrong-ids").isNotNull();
            // floors are written to three places, as the scores are printed
            if (Math.round(score.accuracy() * 1000) < Math.round(floor * 1000)) {
                violations.add(String.format(Locale.ROOT, "%s headline-ids %.3f < %.3f", split.getKey(),
                        score.accuracy(), floor));
            }
            if ((double) score.wrongId() / score.rows() > ceiling) {
                violations.add(String.format(Locale.ROOT, "%s wrong-ids %d of %d > %.3f", split.getKey(),
                        score.wrongId(), score.rows(), ceiling));
            }
        }
        assertThat(violations).as("scores beyond their floors").isEmpty();
    }
}
