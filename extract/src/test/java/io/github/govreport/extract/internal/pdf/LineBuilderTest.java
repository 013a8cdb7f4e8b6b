package io.github.govreport.extract.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBuilderTest {

    @Test
    void numbersOfTwoCellsAFewPointsApartAreTwoWords() {
        Glyphs page = new Glyphs();
        float end = page.at(100, 200, "27.00");
        page.at(end + 3, 200, "30218");      // the next column's code, 0.3 of a font size away
        assertThat(page.lines()).singleElement().extracting(TextLine::text).isEqualTo("27.00 30218");
    }

    @Test
    void glyphsThatTouchAreOneWordAndEvenLetterSpacingKeepsAWordWhole() {
        Glyphs page = new Glyphs();
        page.at(100, 200, "地区生产总值1631.3亿元");
        float x = 100;
        for (char c : "政府工作报告".toCharArray()) {      // letter-spaced title: every gap as wide
            page.at(x, 240, String.valueOf(c));
            x += 1.5f * Glyphs.EM;
        }
        assertThat(page.lines()).extracting(TextLine::text).containsExactly("地区生产总值1631.3亿元", "政府工作报告");
    }

    @Test
    void aRaisedFootnoteMarkerStaysOnItsLineAndLinesComeTopToBottom() {
        Glyphs page = new Glyphs();
        page.at(100, 230, "第二行");
        float end = page.at(100, 200, "十项行动");
        List<Glyph> glyphs = new ArrayList<>(page.all());
        glyphs.add(new Glyph("1", end, 196, 3, 6));      // superscript, 4 pt above the baseline
        assertThat(LineBuilder.lines(glyphs)).extracting(TextLine::text).containsExactly("十项行动1", "第二行");
    }

    @Test
    void aGlyphDrawnTwiceForBoldIsKeptOnce() {
        Glyphs page = new Glyphs();
        page.at(100, 200, "合计");
        page.at(100.3f, 200, "合计");
        assertThat(page.lines()).singleElement().extracting(TextLine::text).isEqualTo("合计");
    }
}
