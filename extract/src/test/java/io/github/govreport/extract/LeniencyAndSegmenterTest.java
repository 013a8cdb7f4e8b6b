package io.github.govreport.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.segment.Segmenter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The leniency and the segmenter, as options of the extractor's builder and of the quantity finder. */
class LeniencyAndSegmenterTest {

    private static final ReportExtractor DEFAULT = ReportExtractor.create();
    /** Two integers without a unit (names or references at the facts leniency) and one count. */
    private static final String BARE_INTEGERS = "参加人数为3000，完成率为98，新增医院58家。";
    /** HanLP reads 场景 as one word, so 场 is a measure word only in the second clause. */
    private static final String MEASURE_WORD_IN_A_WORD = "打造100场景应用，举办展会100场。";

    @Test
    void theFinderAtNumbersLeniencyAlsoReturnsIntegersWithoutAUnit() {
        assertThat(QuantityFinder.create(Leniency.FACTS).find(BARE_INTEGERS))
                .extracting(QuantityFinder.Found::text).containsExactly("58家");
        assertThat(QuantityFinder.create(Leniency.NUMBERS).find(BARE_INTEGERS))
                .extracting(QuantityFinder.Found::text).containsExactly("3000", "98", "58家");
    }

    @Test
    void theExtractorKeepsToFactsLeniencyUnlessTheBuilderSaysOtherwise() {
        Document byDefault = DEFAULT.extract(BARE_INTEGERS, "t");
        Document facts = ReportExtractor.builder().leniency(Leniency.FACTS).build().extract(BARE_INTEGERS, "t");
        Document numbers = ReportExtractor.builder().leniency(Leniency.NUMBERS).build().extract(BARE_INTEGERS, "t");

        assertThat(byDefault.facts()).extracting(Fact::text).containsExactly("58家");
        assertThat(facts).isEqualTo(byDefault);
        assertThat(numbers.facts()).extracting(Fact::text).containsExactly("3000", "98", "58家");
    }

    @Test
    void aSegmenterGivenToTheBuilderDecidesWhereWordsEnd() {
        RecordingSegmenter characters = new RecordingSegmenter();

        Document document = ReportExtractor.builder().segmenter(characters).build()
                .extract(MEASURE_WORD_IN_A_WORD, "t");

        assertThat(DEFAULT.extract(MEASURE_WORD_IN_A_WORD, "t").facts()).extracting(Fact::text)
                .containsExactly("100场");
        assertThat(document.facts()).extracting(Fact::text).containsExactly("100场", "100场");
        assertThat(characters.asked).isNotEmpty();
    }

    @Test
    void aSegmenterGivenToTheFinderDecidesWhereWordsEndToo() {
        RecordingSegmenter characters = new RecordingSegmenter();

        List<QuantityFinder.Found> found = QuantityFinder.create(Dictionaries.bundled(), Leniency.FACTS, characters)
                .find(MEASURE_WORD_IN_A_WORD);

        assertThat(found).extracting(QuantityFinder.Found::text).containsExactly("100场", "100场");
        assertThat(characters.asked).isNotEmpty();
    }

    @Test
    void optionsAreCheckedAtTheDoor() {
        assertThatThrownBy(() -> ReportExtractor.builder().leniency(null)).hasMessage("leniency must not be null");
        assertThatThrownBy(() -> ReportExtractor.builder().segmenter(null)).hasMessage("segmenter must not be null");
        assertThatThrownBy(() -> QuantityFinder.create(Dictionaries.bundled(), Leniency.FACTS, null))
                .hasMessage("segmenter must not be null");
    }

    /** Cuts text into single characters, so a measure word always ends a word; records what it was asked. */
    private static final class RecordingSegmenter implements Segmenter {

        final List<String> asked = Collections.synchronizedList(new ArrayList<>());

        @Override
        public List<Word> words(String text) {
            asked.add(text);
            List<Word> words = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                words.add(new Word(i, i + 1, ""));
            }
            return words;
        }
    }
}
