package io.github.govreport.extract.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables read by the rulings a page draws: merged header cells, a numbering row, a caption inside the frame. */
class RuledTableReaderTest {

    /** Rows 20 pt high from y = 100, baselines 14 pt below a row's top. */
    private static float baseline(int row) {
        return 100 + 20 * row + 14;
    }

    /**
     * 财政拨款“三公”经费 over 预算数 and 决算数 (no ruling between them in its row), 项目 over two
     * rows (no ruling under it), a row of column numbers, then 合计; a word set across the ruling
     * between the two value columns (0.951.20, no gap between its glyphs but the ruling) is cut there.
     */
    private static PageRulings.Rulings threeColumns() {
        return new PageRulings.Rulings(List.of(
                new Ruling(100, 50, 350), new Ruling(120, 150, 350), new Ruling(140, 50, 350),
                new Ruling(160, 50, 350), new Ruling(180, 50, 350), new Ruling(200, 50, 350)),
                List.of(new Ruling(50, 100, 200), new Ruling(150, 100, 200), new Ruling(250, 120, 200),
                        new Ruling(350, 100, 200)));
    }

    private static List<TextLine> threeColumnsText() {
        Glyphs page = new Glyphs();
        page.at(60, baseline(0), "项目");
        page.at(160, baseline(0), "财政拨款“三公”经费");
        page.at(160, baseline(1), "预算数");
        page.at(260, baseline(1), "决算数");
        page.at(60, baseline(2), "栏次");
        page.at(160, baseline(2), "1");
        page.at(260, baseline(2), "2");
        page.at(60, baseline(3), "合计");
        page.rightAligned(240, baseline(3), "0.95");
        page.rightAligned(340, baseline(3), "1.20");
        page.at(60, baseline(4), "公务接待费");
        page.rightAligned(250, baseline(4), "0.95");
        page.at(250, baseline(4), "1.20");
        return page.lines();
    }

    @Test
    void aCellOverSeveralSlotsStandsInEachColumnOfItsHeader() {
        List<RuledGrid> grids = RuledGrid.of(threeColumns());
        assertThat(grids).hasSize(1);
        Grid grid = RuledTableReader.read(grids.get(0), threeColumnsText());
        assertThat(grid).isNotNull();
        assertThat(grid.header()).containsExactly("项目", "财政拨款“三公”经费预算数", "财政拨款“三公”经费决算数");
        assertThat(grid.rows()).containsExactly(List.of("合计", "0.95", "1.20"), List.of("公务接待费", "0.95", "1.20"));
        assertThat(grid.confident()).isTrue();
        assertThat(grid.edges()).containsExactly(50f, 150f, 250f, 350f);
    }

    @Test
    void aRowOverTheWholeTableThatNamesItIsItsCaptionNotItsHeader() {
        Glyphs page = new Glyphs();
        page.at(60, 94, "收入支出决算总表 单位：万元");
        page.at(60, baseline(0), "项目");
        page.at(160, baseline(0), "决算数");
        page.at(60, baseline(1), "本年收入合计");
        page.rightAligned(240, baseline(1), "2,946.25");
        PageRulings.Rulings rulings = new PageRulings.Rulings(
                List.of(new Ruling(80, 50, 250), new Ruling(100, 50, 250), new Ruling(120, 50, 250),
                        new Ruling(140, 50, 250)),
                List.of(new Ruling(50, 80, 140), new Ruling(150, 100, 140), new Ruling(250, 80, 140)));
        List<TextLine> lines = page.lines();
        Grid grid = RuledTableReader.read(RuledGrid.of(rulings).get(0), lines);
        assertThat(grid.header()).containsExactly("项目", "决算数");
        assertThat(grid.rows()).containsExactly(List.of("本年收入合计", "2,946.25"));
        assertThat(lines.get(grid.first() - 1).text()).isEqualTo("收入支出决算总表 单位：万元");
    }

    @Test
    void aLabelOverSeveralColumnsLabelsTheValueBesideItsLastLabelColumn() {
        // 类 | 款 | 科目名称 | 金额, and 合计 over 类, 款 and 科目名称
        Glyphs page = new Glyphs();
        page.at(60, baseline(0), "类");
        page.at(110, baseline(0), "款");
        page.at(160, baseline(0), "科目名称");
        page.at(260, baseline(0), "金额");
        page.at(60, baseline(1), "201");
        page.at(160, baseline(1), "一般公共服务支出");
        page.rightAligned(340, baseline(1), "2,106.66");
        page.at(60, baseline(2), "合计");
        page.rightAligned(340, baseline(2), "2,946.25");
        PageRulings.Rulings rulings = new PageRulings.Rulings(
                List.of(new Ruling(100, 50, 350), new Ruling(120, 50, 350), new Ruling(140, 50, 350),
                        new Ruling(160, 50, 350)),
                List.of(new Ruling(50, 100, 160), new Ruling(100, 100, 140), new Ruling(150, 100, 140),
                        new Ruling(250, 100, 160), new Ruling(350, 100, 160)));
        Grid grid = RuledTableReader.read(RuledGrid.of(rulings).get(0), page.lines());
        assertThat(grid.rows()).containsExactly(List.of("201", "", "一般公共服务支出", "2,106.66"),
                List.of("", "", "合计", "2,946.25"));
    }

    @Test
    void lonelyLinesAndBoxesAreNoTable() {
        PageRulings.Rulings box = new PageRulings.Rulings(List.of(new Ruling(100, 50, 350), new Ruling(200, 50, 350)),
                List.of(new Ruling(50, 100, 200), new Ruling(350, 100, 200)));
        assertThat(RuledGrid.of(box)).isEmpty();
        PageRulings.Rulings underline = new PageRulings.Rulings(List.of(new Ruling(100, 50, 350)), List.of());
        assertThat(RuledGrid.of(underline)).isEmpty();
    }

    @Test
    void aWordAcrossTheEdgeOfTwoSlotsOfOneCellStaysWhole() {
        // 指标值 over two slots in its rows (a ruling between them only in the header): 100.00
        // set across the slots' edge at x = 200 is one value, not 1 and 00.00
        Glyphs page = new Glyphs();
        page.at(60, baseline(0), "指标");
        page.at(160, baseline(0), "上限");
        page.at(210, baseline(0), "下限");
        page.at(60, baseline(1), "完成率");
        page.at(197, baseline(1), "100.00");
        PageRulings.Rulings rulings = new PageRulings.Rulings(
                List.of(new Ruling(100, 50, 300), new Ruling(120, 50, 300), new Ruling(140, 50, 300)),
                List.of(new Ruling(50, 100, 140), new Ruling(150, 100, 140), new Ruling(200, 100, 120),
                        new Ruling(300, 100, 140)));
        Grid grid = RuledTableReader.read(RuledGrid.of(rulings).get(0), page.lines());
        assertThat(grid.rows()).containsExactly(List.of("完成率", "100.00", ""));
    }
}
