package io.github.govreport.extract.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables found in glyphs laid out as budget tables are: right-aligned numbers, tight columns. */
class TableFinderTest {

    /** A budget table: a parent header over two columns, a wrapped label, two numbers 1 pt apart. */
    private static List<TextLine> budgetTable() {
        Glyphs page = new Glyphs();
        page.at(60, 100, "2024年一般公共预算收入表");
        page.at(240, 130, "2023年");
        page.at(320, 130, "2024年");
        page.at(50, 142, "项目");
        page.at(246, 142, "执行数");
        page.at(300, 142, "预算数");
        page.at(378, 142, "增长%");
        row(page, 160, "一、税收收入", "781000", "818000", "4.7");
        row(page, 178, "城市维护建设", "52000", "51000", "-1.9");
        page.at(50, 190, "税");
        row(page, 208, "非税收入", "105000", "107000", "1.9");
        row(page, 226, "合计", "1,493,924.60", "1,440,224.60", "3.2");    // fills its column: 1 pt to the next
        return page.lines();
    }

    private static void row(Glyphs page, float y, String label, String a, String b, String c) {
        page.at(50, y, label);
        page.rightAligned(276.5f, y, a);
        page.rightAligned(330, y, b);
        page.rightAligned(400, y, c);
    }

    @Test
    void aBudgetTableIsReadByItsColumns() {
        List<Grid> grids = TableFinder.find(budgetTable(), line -> false);
        assertThat(grids).singleElement().satisfies(grid -> {
            assertThat(grid.confident()).isTrue();
            assertThat(grid.header()).containsExactly("项目", "2023年执行数", "2024年预算数", "2024年增长%");
            assertThat(grid.rows()).containsExactly(
                    List.of("一、税收收入", "781000", "818000", "4.7"),
                    List.of("城市维护建设税", "52000", "51000", "-1.9"),
                    List.of("非税收入", "105000", "107000", "1.9"),
                    List.of("合计", "1,493,924.60", "1,440,224.60", "3.2"));
        });
    }

    @Test
    void theCaptionAboveIsNotPartOfTheTable() {
        List<TextLine> lines = budgetTable();
        Grid grid = TableFinder.find(lines, line -> false).get(0);
        assertThat(lines.get(grid.first() - 1).text()).isEqualTo("2024年一般公共预算收入表");
    }

    @Test
    void twoNumbersInOneColumnMakeTheTableUncertain() {
        Glyphs page = new Glyphs();
        for (int r = 0; r < 4; r++) {
            float y = 100 + 14 * r;
            page.at(50, y, "项目" + r);
            page.rightAligned(200, y, "1" + r + "0.5");
        }
        float end = page.at(150, 160, "10.5");
        page.at(end + 2, 160, "20.5");       // two numbers side by side where the others have one
        page.at(50, 160, "其他");
        List<Grid> grids = TableFinder.find(page.lines(), line -> false);
        assertThat(grids).singleElement().extracting(Grid::confident).isEqualTo(false);
    }

    @Test
    void proseIsNoTable() {
        Glyphs page = new Glyphs();
        page.at(50, 100, "全年地区生产总值增长6.1%，规模以上工业增加值增长");
        page.at(50, 116, "5.8%，固定资产投资增长4.3%，社会消费品零售总额");
        page.at(50, 132, "增长8.4%。");
        assertThat(TableFinder.find(page.lines(), line -> false)).isEmpty();
    }

    @Test
    void aPageNumberBelowATableIsNotItsRow() {
        Glyphs page = new Glyphs();
        for (int r = 0; r < 4; r++) {
            float y = 100 + 14 * r;
            page.at(50, y, "项目" + "一二三四".charAt(r));
            page.rightAligned(200, y, "1" + r + "0.5");
            page.rightAligned(260, y, "2" + r + "0.5");
        }
        page.at(120, 156 + 12, "—3—");
        List<Grid> grids = TableFinder.find(page.lines(), line -> line.equals("—3—"));
        assertThat(grids).singleElement().extracting(grid -> grid.rows().size()).isEqualTo(4);
    }
}
