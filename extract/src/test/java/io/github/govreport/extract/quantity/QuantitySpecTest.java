package io.github.govreport.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.dict.TsvTable;
import io.github.govreport.extract.normalize.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every line of {@code quantity-spec.tsv}: a sentence and the quantities it must yield. */
class QuantitySpecTest {

    private static final QuantityRecognizer RECOGNIZER = new QuantityRecognizer(Dictionaries.bundled(), new io.github.govreport.extract.segment.HanLpSegmenter(), QuantityRecognizer.Leniency.FACTS);
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    static Stream<Arguments> spec() throws IOException {
        try (InputStream in = QuantitySpecTest.class.getResourceAsStream("/io/github/govreport/extract/quantity-spec.tsv")) {
            TsvTable table = TsvTable.read("quantity-spec.tsv", in, "sentence", "expected");
            return table.rows().stream().map(row -> Arguments.of(row.line(), row.get("sentence"), row.get("expected")))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @MethodSource("spec")
    void sentenceYieldsExactlyTheExpectedQuantities(int line, String written, String expected) {
        // The recognizer reads normalised text (full-width digits folded), as in the pipeline.
        String sentence = NORMALIZER.normalize(written, "text/plain").text();
        List<String> actual = RECOGNIZER.recognize(sentence).stream().map(m -> describe(sentence, m)).toList();
        List<String> wanted = expected.equals("-") ? List.of() : List.of(expected.split(" ; "));
        assertThat(actual).as("quantity-spec.tsv:%d %s", line, sentence).containsExactlyElementsOf(wanted);
    }

    static String describe(String sentence, QuantityMention m) {
        var q = m.quantity();
        return sentence.substring(m.start(), m.end()) + "|" + q.value().toPlainString() + "|"
                + (q.valueMax() == null ? "" : q.valueMax().toPlainString()) + "|"
                + (q.unit() == null ? "" : q.unit()) + "|" + m.qualifier().jsonName();
    }
}
