package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.extract.ReportExtractor;
import io.github.govreport.extract.dict.Dictionaries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shows that the regression check catches a broken rule: dropping the 左右 qualifier fails it, naming the lost facts. */
class DeliberateRegressionTest {

    @Test
    void droppingTheApproxQualifierFailsTheFloorsAndListsTheLostFacts(@TempDir Path dir) throws IOException {
        String qualifiers;
        try (InputStream in = Dictionaries.class.getResourceAsStream("qualifiers.tsv")) {
            qualifiers = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("qualifiers.tsv"), qualifiers.lines()
                .filter(line -> !line.startsWith("左右\t")).collect(Collectors.joining("\n", "", "\n")));
        ReportExtractor broken = ReportExtractor.builder().dictionaries(Dictionaries.withOverrides(dir)).build();

        Evaluation evaluation = CorpusRegression.evaluate(broken);
        CorpusRegression.Result result = CorpusRegression.check(evaluation,
                Floors.read(CorpusRegressionTest.FLOORS), Baseline.read(CorpusRegressionTest.BASELINE));

        assertThat(result.passed()).isFalse();
        assertThat(result.violations()).anySatisfy(v -> assertThat(v).contains("qualifier"));
        assertThat(result.report()).contains("Scores below their floors:").contains("左右");
        System.out.println("What a deliberate regression looks like:\n" + result.report());
    }
}
