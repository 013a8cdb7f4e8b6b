package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.extract.ReportExtractor;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * On text input, every fact's {@code sourceStart/sourceEnd} slice the original file to the same
 * characters as its {@code text}, apart from what normalisation removes: Markdown emphasis, line
 * breaks and blanks of repaired paragraphs, footnote markers, and full-width forms.
 */
class SourceOffsetsTest {

    @Test
    void everyFactOfEverySeedSlicesTheSourceToItsText() {
        ReportExtractor extractor = ReportExtractor.create();
        int checked = 0;
        for (Seed seed : Corpus.seeds()) {
            String source = seed.text();
            Document document = extractor.extract(source, seed.id());
            for (Fact fact : document.facts()) {
                assertThat(fact.sourceSpan()).as(fact.id()).isNotNull();
                String slice = fact.sourceSpan().slice(source);
                assertThat(withoutMarkup(slice)).as("%s: source slice «%s»", fact.id(), slice)
                        .isEqualTo(withoutMarkup(fact.text()));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    private static String withoutMarkup(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replace("**", "").replaceAll("[\\s\\u3000\\[\\]]", "");
    }
}
