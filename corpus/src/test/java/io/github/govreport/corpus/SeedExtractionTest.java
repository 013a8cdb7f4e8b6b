package io.github.govreport.corpus;

import static io.github.govreport.testing.ModelAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Document;
import io.github.govreport.extract.ReportExtractor;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The extractor, end to end over every seed: it finds facts, and every fact holds the model's invariants. */
class SeedExtractionTest {

    /** Built once: building loads the dictionaries, and an extractor is safe to share. */
    private static final ReportExtractor EXTRACTOR = ReportExtractor.create();

    static List<Seed> seeds() {
        return Corpus.seeds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void extractsConsistentFacts(Seed seed) {
        Document report = EXTRACTOR.extract(seed.text(), seed.id());

        assertThat(report.id()).isEqualTo(seed.id());
        assertThat(report).hasFactsAtLeast(1).factsAreConsistent().sectionsAreConsistent();
    }
}
