package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.extract.ReportExtractor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Target attainment on chains of consecutive work reports, one folder per region, with the rows a
 * reader wrote blind: of the headline targets whose result the next report states, the share
 * paired with that result and given the reader's verdict must stay at or above the floor. The
 * chains of {@code chains/} are for development (their errors are printed); those of
 * {@code chains-heldout/} are a test split that no rule is written from (only their score is).
 */
class ChainAttainmentTest {

    @Test
    void developmentChains() throws Exception {
        score("chains", 0.963, true);
    }

    @Test
    void heldOutChains() throws Exception {
        score("chains-heldout", 0.952, false);
    }

    /** The share of targets with a stated result that are paired and judged as the reader did must reach {@code floor}. */
    private static void score(String folder, double floor, boolean printErrors) throws Exception {
        ReportExtractor extractor = ReportExtractor.create();
        List<AttainmentEvaluation.Score> scores = new ArrayList<>();
        for (Path chain : chains(folder)) {
            scores.add(AttainmentEvaluation.score(chain, extractor));
        }
        int with = scores.stream().mapToInt(AttainmentEvaluation.Score::withResult).sum();
        int right = scores.stream().mapToInt(AttainmentEvaluation.Score::rightWithResult).sum();
        int without = scores.stream().mapToInt(AttainmentEvaluation.Score::withoutResult).sum();
        int rightWithout = scores.stream().mapToInt(AttainmentEvaluation.Score::rightWithoutResult).sum();
        List<String> errors = scores.stream().flatMap(s -> s.errors().stream()).toList();
        System.out.printf("%s: %d of %d targets with a result paired and judged right (%.3f); "
                + "%d of %d without a result left without one%n", folder, right, with, (double) right / with, rightWithout,
                without);
        if (printErrors) {
            errors.forEach(e -> System.out.println("  " + e));
        }
        assertThat(scores).hasSizeGreaterThanOrEqualTo(4);
        // floors are written to three places, as the score is printed
        assertThat(Math.round(1000.0 * right / with)).as(folder).isGreaterThanOrEqualTo(Math.round(floor * 1000));
    }

    private static List<Path> chains(String folder) throws IOException, URISyntaxException {
        Path root = Path.of(ChainAttainmentTest.class.getResource(folder).toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }
}
