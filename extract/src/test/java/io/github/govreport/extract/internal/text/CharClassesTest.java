package io.github.govreport.extract.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CharClassesTest {

    private static Set<Integer> chars(String s) {
        return s.codePoints().boxed().collect(Collectors.toSet());
    }

    @Test
    void eachStagesClauseEndsAreTheSetItHadBeforeTheyWereDefinedTogether() {
        assertThat(chars(CharClasses.KIND_CLAUSE_ENDS)).isEqualTo(chars("，；。,;"));
        assertThat(chars(CharClasses.PERIOD_CLAUSE_ENDS)).isEqualTo(chars("，；。,;：:"));
        assertThat(chars(CharClasses.MEASURE_CLAUSE_ENDS)).isEqualTo(chars("，,；;：:。！？"));
        assertThat(chars(CharClasses.NAME_CLAUSE_ENDS)).isEqualTo(chars("，；：。！？,;:!?\n\t"));
        assertThat(chars(CharClasses.HEADING_EXCLUDED_MARKS)).isEqualTo(chars("。，；：、！？,;:!?"));
        assertThat(chars(CharClasses.ROW_EXCLUDED_MARKS)).isEqualTo(chars("，。；：,;"));
    }

    @Test
    void theListMarksAreTheBulletsWithWhatEachStageAdds() {
        assertThat(chars(CharClasses.BULLETS)).isEqualTo(chars("-•●·▪■◆○★"));
        assertThat(chars(CharClasses.LIST_ITEM_MARKS)).isEqualTo(chars("-•●·▪■◆○★—"));
        assertThat(chars(CharClasses.LINE_OPENERS)).isEqualTo(chars("-•●·▪■◆○★※—◎□"));
    }

    @Test
    void hanIsAScriptAndCjkAddsItsPunctuationAndFullWidthForms() {
        assertThat(CharClasses.isHan('增')).isTrue();
        assertThat(CharClasses.isHan("𠀀".codePointAt(0))).isTrue();
        assertThat(CharClasses.isHan("𠀀".charAt(0))).isFalse();   // a lone surrogate is no character
        assertThat(CharClasses.isHan('，')).isFalse();
        assertThat(CharClasses.isCjk('，')).isTrue();
        assertThat(CharClasses.isCjk('　')).isTrue();
        assertThat(CharClasses.isCjk('a')).isFalse();
        assertThat(CharClasses.isAsciiDigit('7')).isTrue();
        assertThat(CharClasses.isAsciiDigit('７')).isFalse();
        assertThat(CharClasses.isAsciiLetterOrDigit('x')).isTrue();
        assertThat(CharClasses.isAsciiLetterOrDigit('增')).isFalse();
    }

    @Test
    void aRangeHoldsItsStartButNotItsEnd() {
        Range range = new Range(2, 5);
        assertThat(range.contains(2)).isTrue();
        assertThat(range.contains(4)).isTrue();
        assertThat(range.contains(5)).isFalse();
        assertThat(range.contains(1)).isFalse();
    }
}
