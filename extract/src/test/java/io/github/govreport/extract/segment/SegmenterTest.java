package io.github.govreport.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.extract.SpecTexts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmenterTest {

    private static final HanLpSegmenter HANLP = new HanLpSegmenter();

    /** HanLP's answer for a window, without the separator shortcut of {@link Segmenter#isBoundary}. */
    private static boolean segmentedBoundary(String text, int index) {
        int from = Math.max(0, index - Segmenter.BOUNDARY_CONTEXT);
        String window = text.substring(from, Math.min(text.length(), index + Segmenter.BOUNDARY_CONTEXT));
        for (Segmenter.Word word : HANLP.words(window)) {
            if (word.end() + from >= index) {
                return word.end() + from == index;
            }
        }
        return true;
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(delimiter = '\t', value = {
        "建设100场景\t6\tfalse",      // 场 starts 场景
        "建成3个场馆，新增\t6\ttrue",   // before ，
        "约，100万元\t1\ttrue",         // after 约, before ，
        "全年\t0\ttrue",               // the ends of the text
        "全年\t2\ttrue",
    })
    void aWordEndsWhereTheSegmenterSays(String text, int index, boolean boundary) {
        assertThat(HANLP.isBoundary(text, index)).isEqualTo(boundary);
    }

    /**
     * The shortcut never disagrees with HanLP: at every index next to a full-width mark in the
     * sentences of the spec files, HanLP's own segmentation of the window puts a word boundary there.
     */
    @Test
    void aWordEndsAtEveryFullWidthMarkAsHanLpSegmentsIt() {
        List<String> texts = SpecTexts.all();
        int checked = 0;
        for (String text : texts) {
            for (int i = 1; i < text.length(); i++) {
                if (Segmenter.WORD_SEPARATORS.indexOf(text.charAt(i - 1)) >= 0
                        || Segmenter.WORD_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                    assertThat(segmentedBoundary(text, i)).as("%s at %d", text, i).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).as("indices checked").isGreaterThan(1000);
    }
}
