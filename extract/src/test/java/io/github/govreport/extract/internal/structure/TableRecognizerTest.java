package io.github.govreport.extract.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One rule a test, on small texts in the layouts that Tika writes for tables. */
class TableRecognizerTest {

    private final TableRecognizer recognizer = new TableRecognizer();

    /** Tika's DOCX/DOC layout: one cell a line after a tab, a blank line between rows. */
    private static String cellLines(String... lines) {
        return String.join("\n", lines);
    }

    @Test
    void readsOneCellALineWithABlankLineBetweenRows() {
        String text = cellLines("附件2", "2024年主要目标表",
                "\t指标名称", "\t单位", "\t2024年预期目标", "",
                "\t地区生产总值增速", "\t%", "\t6左右", "",
                "\t人均地区生产总值", "\t万元", "\t＞28.2", "", "", "正文继续。");
        List<Table> tables = recognizer.recognize(text);
        assertThat(tables).hasSize(1);
        Table table = tables.get(0);
        assertThat(table.id()).isEqualTo("t1");
        assertThat(table.rows()).containsExactly(
                List.of("指标名称", "单位", "2024年预期目标"),
                List.of("地区生产总值增速", "%", "6左右"),
                List.of("人均地区生产总值", "万元", "＞28.2"));
    }

    @Test
    void joinsTheLinesAndParagraphsOfOneCell() {
        // seed 003: "指标⏎⏎属性" (two paragraphs), "2023年⏎完成情况" (a line break)
        String text = cellLines("\t序号", "\t指标", "", "属性", "\t2023年", "完成情况", "",
                "\t1", "\t预期性", "\t5.2");
        Table table = recognizer.recognize(text).get(0);
        assertThat(table.rows().get(0)).containsExactly("序号", "指标属性", "2023年完成情况");
    }

    @Test
    void keepsASpaceOnlyBetweenLatinWordsOfAJoinedCell() {
        String text = cellLines("\t单位GDP", "能耗降低", "\tper", "capita", "", "\t1", "\t2");
        assertThat(recognizer.recognize(text).get(0).rows().get(0)).containsExactly("单位GDP能耗降低", "per capita");
    }

    @Test
    void keepsEmptyCellsOfMergedCategoriesAsEmptyCells() {
        String text = cellLines("\t序号", "\t类别", "\t指标", "",
                "\t1", "\t推动高质量发展", "\t地区生产总值增速", "",
                "\t2", "\t", "\t人均地区生产总值");
        assertThat(recognizer.recognize(text).get(0).rows().get(2)).containsExactly("2", "", "人均地区生产总值");
    }

    @Test
    void theFirstRowIsAHeaderRowOnlyWhenItHoldsNoNumber() {
        Table withHeader = recognizer.recognize(cellLines("\t指标", "\t2023年完成情况", "", "\t增速", "\t5.2")).get(0);
        assertThat(withHeader.headerRows()).isEqualTo(1);
        Table withoutHeader = recognizer.recognize(cellLines("\t增速", "\t5.2", "", "\t收入", "\t4.1")).get(0);
        assertThat(withoutHeader.headerRows()).isZero();
    }

    @Test
    void theCaptionIsTheShortLineAboveTheTable() {
        String text = cellLines("附件1", "2023年经济社会发展主要目标完成情况表", "", "\t指标", "\t完成", "", "\t增速", "\t5.2");
        assertThat(recognizer.recognize(text).get(0).title()).isEqualTo("2023年经济社会发展主要目标完成情况表");
        String afterProse = cellLines("全年经济运行总体平稳，主要指标完成情况良好，各项改革举措持续深化落实，民生保障有力有效。",
                "\t指标", "\t完成", "", "\t增速", "\t5.2");
        assertThat(recognizer.recognize(afterProse).get(0).title()).isNull();
    }

    @Test
    void theSpanCoversTheTableInCodePoints() {
        String before = "𠀀表\n";   // a supplementary character before the table shifts code points against chars
        String table = cellLines("\t指标", "\t完成", "", "\t增速", "\t5.2");
        String text = before + table + "\n\n正文。";
        Table found = recognizer.recognize(text).get(0);
        assertThat(found.span().slice(text)).isEqualTo(table);
    }

    @Test
    void readsOneRowALineAndCellsThatALineBreakContinues() {
        // Tika's HTML layout: a row a line, cells after tabs; <br> inside a cell breaks the line
        // and the row's further cells follow on the next line
        String text = String.join("\n", "", "2024年主要目标表",
                "\t指标\t2023年", "完成情况\t2024年", "预期目标", "", "",
                "\t地区生产总值", "增速\t5.2\t6", "左右", "", "",
                "\t人均地区生产总值\t28.2\t＞28.2", "", "", "", "正文继续。");
        Table table = recognizer.recognize(text).get(0);
        assertThat(table.title()).isEqualTo("2024年主要目标表");
        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.rows()).containsExactly(
                List.of("指标", "2023年完成情况", "2024年预期目标"),
                List.of("地区生产总值增速", "5.2", "6左右"),
                List.of("人均地区生产总值", "28.2", "＞28.2"));
    }

    @Test
    void textWithoutTabsHasNoTables() {
        // PDF text of a table: the cells are run together with spaces, and stay text
        String pdf = String.join("\n", "序号 指标类别 指标名称 单位 指标属性 2023 年计划", "", "目标",
                "1 推动高质量发 展", "% 预期性 5左右 5.2", "2 人均地区生产总值 万元 预期性 ＞27 28.2");
        assertThat(recognizer.recognize(pdf)).isEmpty();
    }

    @Test
    void paragraphsIndentedWithTabsAreNotATable() {
        String text = String.join("\n", "\t一、2023年工作回顾", "\t全市地区生产总值增长6.1%。", "",
                "\t二、2024年主要任务", "\t地区生产总值增长6%左右。", "",
                "\t三、保障措施", "\t加强组织领导。");
        assertThat(recognizer.recognize(text)).isEmpty();
    }

    @Test
    void aSingleTabLineOrASingleColumnIsNoTable() {
        assertThat(recognizer.recognize("正文\n\t缩进的一行\n正文")).isEmpty();
        assertThat(recognizer.recognize(cellLines("\t甲", "", "\t乙", "", "\t丙"))).isEmpty();
    }

    @Test
    void aParagraphAfterABlankLineEndsTheTable() {
        String text = cellLines("\t指标", "\t完成", "", "\t增速", "\t5.2", "", "",
                "备注：1.根据要求调整指标。", "", "附件2", "\t指标", "\t目标", "", "\t增速", "\t6");
        List<Table> tables = recognizer.recognize(text);
        assertThat(tables).hasSize(2);
        assertThat(tables.get(0).rows()).containsExactly(List.of("指标", "完成"), List.of("增速", "5.2"));
        assertThat(tables.get(1).id()).isEqualTo("t2");
        assertThat(tables.get(1).title()).isEqualTo("附件2");
    }

    @Test
    void readsTabSeparatedRowsCopiedFromASpreadsheet() {
        String text = "表1　2023年主要预期目标\n指标\t单位\t2022年目标\t2022年执行情况\t2023年目标\n"
                + "国内生产总值增长\t%\t5.5左右\t3.0\t5左右\n城镇新增就业\t万人\t1100以上\t1206\t1200左右\n"
                + "\n正文继续。地区生产总值增长5%。\n";
        List<Table> tables = recognizer.recognize(text);
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).title()).isEqualTo("表1　2023年主要预期目标");
        assertThat(tables.get(0).headerRows()).isEqualTo(1);
        assertThat(tables.get(0).rows()).hasSize(3);
        assertThat(tables.get(0).rows().get(2)).containsExactly("城镇新增就业", "万人", "1100以上", "1206", "1200左右");
    }

    @Test
    void aSentenceWithTwoTabsIsNotATable() {
        assertThat(recognizer.recognize("增长6%\t左右\t。\n全年完成。\n")).isEmpty();
    }
}
