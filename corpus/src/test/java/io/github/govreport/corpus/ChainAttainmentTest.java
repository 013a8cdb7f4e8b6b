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
 * Target attainment on chains of consecutive work reports (chains/, one folder per region, with
 * the rows a reader wrote blind): of the headline targets whose result the next report states, the
 * share paired with that result and given the reader's verdict must stay at or above the floor.
 */
class ChainAttainmentTest {

    /** The share of targets with a stated result that are paired and judged as the reader did. */
    private static final double FLOOR = 0.963;

    @Test
    void targetsArePairedWithTheNextReportsResultsAndJudgedAsAReaderJudgesThem() throws Exception {
        ReportExtractor extractor = ReportExtractor.create();
        List<AttainmentEvaluation.Score> scores = new ArrayList<>();
        for (Path chain : chains()) {
            scores.add(AttainmentEvaluation.score(chain, extractor));
        }
        int with = scores.stream().mapToInt(AttainmentEvaluation.Score::withResult).sum();
        int right = scores.stream().mapToInt(AttainmentEvaluation.Score::rightWithResult).sum();
        int without = scores.stream().mapToInt(AttainmentEvaluation.Score::withoutResult).sum();
        int rightWithout = scores.stream().mapToInt(AttainmentEvaluation.Score::rightWithoutResult).sum();
        List<String> errors = scores.stream().flatMap(s -> s.errors().stream()).toList();
        System.out.printf("chains: %d of %d targets with a result paired and judged right (%.3f); "
                + "%d of %d without a result left without one%n", right, with, (double) right / with, rightWithout,
                without);
        errors.forEach(e -> System.out.println("  " + e));
        assertThat(scores).hasSizeGreaterThanOrEqualTo(4);
        assertThat((double) right / with).as(String.join("\n", errors)).isGreaterThanOrEqualTo(FLOOR);
    }

    private static List<Path> chains() throws IOException, URISyntaxException {
        Path root = Path.of(ChainAttainmentTest.class.getResource("chains").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }
}
