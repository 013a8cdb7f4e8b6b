package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.extract.ReportExtractor;
import java.nio.charset.Charset;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On text input, every fact's {@code sourceStart/sourceEnd} slice the original file to the same
 * characters as its {@code text}, apart from what normalisation removes: Markdown emphasis, line
 * breaks and blanks of repaired paragraphs, footnote markers, and full-width forms. This holds for
 * the seeds and for the UTF-8 and GB18030 text fixtures read as files; HTML, Word and PDF facts have
 * no source offsets.
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

    /** The text fixtures, UTF-8 and GB18030, read as files (encoding detected), sliced in their decoded text. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"f000, txt, UTF-8", "f000, gb18030.txt, GB18030", "f003, txt, UTF-8", "f003, gb18030.txt, GB18030"})
    void everyFactOfATextFixtureSlicesTheDecodedFileToItsText(String fixture, String format, String charset) {
        String source = new String(FormatFixtures.bytes(fixture, format), Charset.forName(charset));
        Document document = FormatFixtures.document(fixture, format);
        assertThat(document.facts()).hasSizeGreaterThan(50);
        for (Fact fact : document.facts()) {
            assertThat(fact.sourceSpan()).as(fact.id()).isNotNull();
            String slice = fact.sourceSpan().slice(source);
            assertThat(withoutMarkup(slice)).as("%s: source slice «%s»", fact.id(), slice)
                    .isEqualTo(withoutMarkup(fact.text()));
        }
    }

    /** Offsets into HTML markup or into a binary file would mean nothing: there are none. */
    @ParameterizedTest(name = "f003.{0}")
    @ValueSource(strings = {"html", "docx", "doc", "pdf"})
    void factsOfMarkupAndBinaryFormatsHaveNoSourceOffsets(String format) {
        assertThat(FormatFixtures.document("f003", format).facts()).isNotEmpty()
                .allSatisfy(fact -> assertThat(fact.sourceSpan()).as(fact.id()).isNull());
    }

    private static String withoutMarkup(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replace("**", "").replaceAll("[\\s\\u3000\\[\\]]", "");
    }
}
