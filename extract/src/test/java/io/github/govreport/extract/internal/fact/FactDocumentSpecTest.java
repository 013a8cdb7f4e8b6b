package io.github.govreport.extract.internal.fact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Fact;
import io.github.govreport.extract.ReportExtractor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole-document cases of {@code fact-documents/}: the kind and period of every fact of a
 * small report, where they depend on more than the sentence (see the README there).
 */
class FactDocumentSpecTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.create();

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(FactDocumentSpecTest.class.getResource("/io/github/govreport/extract/fact-documents").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFactHasTheExpectedKindAndPeriod(Path report) throws Exception {
        String name = report.getFileName().toString();
        Path expected = report.resolveSibling(name.substring(0, name.length() - 4) + ".expected.tsv");
        List<String> want = Files.readAllLines(expected).stream().filter(l -> !l.isBlank()).toList();
        List<String> got = EXTRACTOR.extract(report).facts().stream().map(FactDocumentSpecTest::row).toList();
        assertThat(got).as(name).containsExactlyElementsOf(want);
    }

    private static String row(Fact fact) {
        return fact.text() + "\t" + fact.kind().jsonName() + "\t" + (fact.period() == null ? "-" : fact.period());
    }
}
