package io.github.govreport.extract.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bare page number at the foot of a page is never read on with the line above it. */
class BareFolioTest {

    @Test
    void aBarePageNumberSetApartAtTheFootIsDropped() {
        Glyphs page = new Glyphs();
        page.at(50, 100, "一般公共预算收入预算37188.34万元，与上年相比增加4016.19");
        page.at(290, 160, "17");
        assertThat(PdfLayoutReader.withoutBareFolio(page.lines())).extracting(TextLine::text)
                .containsExactly("一般公共预算收入预算37188.34万元，与上年相比增加4016.19");
    }

    @Test
    void aNumberRightBelowTheTextIsText() {
        Glyphs page = new Glyphs();
        page.at(50, 100, "合计");
        page.at(50, 114, "17");
        assertThat(PdfLayoutReader.withoutBareFolio(page.lines())).extracting(TextLine::text)
                .containsExactly("合计", "17");
    }
}
