package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.extract.ReportExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The corpus regression of every build: extracts the seeds, prints the scores against the gold,
 * and fails when a score falls below its floor in {@code regression/floors.tsv}, listing the
 * facts lost and gained since {@code regression/baseline.tsv}.
 *
 * <p>After an improvement, raise the floors to the new scores with
 * {@code mvn -pl corpus verify -Dgovreport.updateFloors=true} and commit both files.
 */
class CorpusRegressionTest {

    static final Path FLOORS = Path.of("regression/floors.tsv");
    static final Path BASELINE = Path.of("regression/baseline.tsv");

    @Test
    void scoresOnTheSeedCorpusStayAtOrAboveTheirFloors() throws IOException {
        Evaluation evaluation = CorpusRegression.evaluate(ReportExtractor.create());
        System.out.println("Scores on the seed corpus:\n" + evaluation.scores().table());

        if (Boolean.getBoolean("govreport.updateFloors")) {
            Files.createDirectories(FLOORS.getParent());
            Floors.of(evaluation.scores()).write(FLOORS);
            Baseline.of(evaluation).write(BASELINE);
            System.out.println("Floors and baseline updated: " + FLOORS + ", " + BASELINE);
            return;
        }
        CorpusRegression.Result result = CorpusRegression.check(evaluation, Floors.read(FLOORS), Baseline.read(BASELINE));
        System.out.println(result.report());
        assertThat(result.violations()).as(result.report()).isEmpty();
    }
}
