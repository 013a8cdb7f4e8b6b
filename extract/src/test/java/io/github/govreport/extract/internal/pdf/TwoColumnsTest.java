package io.github.govreport.extract.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TwoColumnsTest {

    @Test
    void aGazettePageIsReadColumnByColumn() {
        Glyphs page = new Glyphs();
        page.at(110, 60, "某某市人民政府公报");
        for (int r = 0; r < 6; r++) {
            float y = 100 + 14 * r;
            page.at(50, y, "左栏第" + "一二三四五六".charAt(r) + "行的文字内容");
            page.at(165, y, "右栏第" + "一二三四五六".charAt(r) + "行的文字内容");
        }
        page.at(145, 200, "—3—");
        List<String> lines = TwoColumns.inReadingOrder(page.all()).stream().map(TextLine::text).toList();
        assertThat(lines).containsExactly("某某市人民政府公报",
                "左栏第一行的文字内容", "左栏第二行的文字内容", "左栏第三行的文字内容",
                "左栏第四行的文字内容", "左栏第五行的文字内容", "左栏第六行的文字内容",
                "右栏第一行的文字内容", "右栏第二行的文字内容", "右栏第三行的文字内容",
                "右栏第四行的文字内容", "右栏第五行的文字内容", "右栏第六行的文字内容", "—3—");
    }

    @Test
    void aTableWithNumbersBesideItsLabelsIsOneColumn() {
        Glyphs page = new Glyphs();
        for (int r = 0; r < 6; r++) {
            float y = 100 + 14 * r;
            page.at(50, y, "一般公共预算收入项目" + r);
            page.rightAligned(300, y, "1,2" + r + "4.50");
        }
        List<TextLine> lines = TwoColumns.inReadingOrder(page.all());
        assertThat(lines).hasSize(6).allSatisfy(line -> assertThat(line.words()).hasSizeGreaterThan(1));
    }
}
