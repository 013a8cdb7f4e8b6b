package io.github.govreport.extract.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's caption printed at the foot of a page goes with its table at the top of the next. */
class CaptionCarrierTest {

    private static Block.Prose prose(String... lines) {
        Glyphs page = new Glyphs();
        for (int k = 0; k < lines.length; k++) {
            page.at(50, 100 + 20 * k, lines[k]);
        }
        return new Block.Prose(page.lines());
    }

    private static Block.Table table() {
        return new Block.Table(new Grid(0, 0, List.of("科目名称", "金额"), List.of(List.of("合计", "7,666.68")), true),
                List.of());
    }

    @Test
    void aCaptionAtTheFootOfAPageGoesAboveItsTableOnTheNext() {
        List<List<Block>> pages = CaptionCarrier.carry(List.of(
                List.of(prose("按规定据实核定。", "财政拨款基本支出预算表", "部门：江苏省人大常委会办公厅 单位：万元"), prose("12")),
                List.of(table())));
        assertThat(((Block.Prose) pages.get(0).get(0)).lines()).extracting(TextLine::text)
                .containsExactly("按规定据实核定。");
        assertThat(((Block.Prose) pages.get(1).get(0)).lines()).extracting(TextLine::text)
                .containsExactly("财政拨款基本支出预算表", "部门：江苏省人大常委会办公厅 单位：万元");
        assertThat(pages.get(1).get(1)).isInstanceOf(Block.Table.class);
    }

    @Test
    void prosyEndsOfAPageStayWhereTheyAre() {
        List<List<Block>> pages = CaptionCarrier.carry(List.of(
                List.of(prose("全年收入增长5%，支出增长3%。")), List.of(table())));
        assertThat(pages.get(1)).hasSize(1);
    }
}
