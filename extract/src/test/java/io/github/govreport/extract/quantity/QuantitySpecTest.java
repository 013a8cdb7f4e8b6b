package io.github.govreport.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.extract.Leniency;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.dict.TsvTable;
import io.github.govreport.extract.internal.normalize.TextNormalizer;
import io.github.govreport.extract.segment.HanLpSegmenter;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every line of the quantity spec tables: a sentence and the quantities it must yield.
 * {@code quantity-spec.tsv} holds the rules one case each (forms from all over China's reports);
 * {@code quantity-spec-seeds.tsv} holds clauses of the five seed reports, annotated by hand.
 */
class QuantitySpecTest {

    private static final QuantityRecognizer RECOGNIZER = new QuantityRecognizer(Dictionaries.bundled(), new HanLpSegmenter(), Leniency.FACTS);
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    static Stream<Arguments> spec() throws IOException {
        return Stream.concat(read("quantity-spec.tsv"), read("quantity-spec-seeds.tsv"));
    }

    private static Stream<Arguments> read(String file) throws IOException {
        try (InputStream in = QuantitySpecTest.class.getResourceAsStream("/io/github/govreport/extract/" + file)) {
            TsvTable table = TsvTable.read(file, in, "sentence", "expected", "known_failure");
            return table.rows().stream()
                    .map(row -> Arguments.of(file + ":" + row.line(), row.get("sentence"), row.get("expected"),
                            row.get("known_failure")))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("spec")
    void sentenceYieldsExactlyTheExpectedQuantities(String line, String written, String expected, String knownFailure) {
        // The recognizer reads normalised text (full-width digits folded), as in the pipeline.
        String sentence = NORMALIZER.normalize(written, "text/plain").text();
        List<String> actual = RECOGNIZER.recognize(sentence).stream().map(m -> describe(sentence, m)).toList();
        List<String> wanted = expected.equals("-") ? List.of() : List.of(expected.split(" ; "));
        if (knownFailure.isEmpty()) {
            assertThat(actual).as("%s %s", line, sentence).containsExactlyElementsOf(wanted);
        } else {
            // A listed failure must still fail: when a change fixes it, the cell has to be cleared.
            assertThat(actual).as("%s passes now: clear its known_failure cell (%s)", line, knownFailure)
                    .isNotEqualTo(wanted);
        }
    }

    static String describe(String sentence, QuantityMention m) {
        var q = m.quantity();
        return sentence.substring(m.start(), m.end()) + "|" + q.value().toPlainString() + "|"
                + (q.valueMax() == null ? "" : q.valueMax().toPlainString()) + "|"
                + (q.unit() == null ? "" : q.unit()) + "|" + m.qualifier().jsonName();
    }
}
