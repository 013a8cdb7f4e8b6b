package io.github.govreport.extract.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.dict.TableWords;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridTest {

    private static final TableWords WORDS = Dictionaries.bundled().tableWords();

    @Test
    void aTableOfTwoHalvesSideBySideIsTwoTables() {
        Grid grid = new Grid(0, 5, List.of("收入项目", "预算数", "支出项目", "预算数"), List.of(
                List.of("一、财政拨款收入", "96,282,213.44", "一、公共安全支出", "87,267,272.44"),
                List.of("二、事业收入", "0.00", "二、社会保障和就业支出", "3,343,704.00"),
                List.of("三、其他收入", "0.00", "", "")), true);
        List<Grid> halves = grid.sideBySide(WORDS::isCodeColumn);
        assertThat(halves).extracting(Grid::header).containsExactly(List.of("收入项目", "预算数"),
                List.of("支出项目", "预算数"));
        assertThat(halves.get(1).rows()).hasSize(2);      // a row empty in this half is not one of its rows
    }

    @Test
    void codeColumnsBeforeTheLabelAndAnIndexColumnDoNotSplitATable() {
        Grid codes = new Grid(0, 3, List.of("类", "款", "科目名称", "合计", "基本支出"), List.of(
                List.of("204", "", "公共安全支出", "87267272.44", "16726725.44"),
                List.of("204", "06", "司法", "87267272.44", "16726725.44")), true);
        Grid indexed = new Grid(0, 3, List.of("序号", "指标名称", "单位", "2023年", "2024年"), List.of(
                List.of("1", "地区生产总值增速", "%", "5.2", "6"),
                List.of("2", "人均地区生产总值", "万元", "28.2", "30")), true);
        assertThat(codes.sideBySide(WORDS::isCodeColumn)).containsExactly(codes);
        assertThat(indexed.sideBySide(WORDS::isCodeColumn)).containsExactly(indexed);
    }

    @Test
    void halvesWithCodeColumnsSplitAtTheCodesOfTheSecondHalf() {
        // 一般公共预算财政拨款基本支出决算表: 人员经费 and 公用经费 side by side, each with its 类 and 款
        Grid grid = new Grid(0, 4, List.of("经济分类科目编码类", "经济分类科目编码款", "科目名称", "决算数",
                "经济分类科目编码类", "经济分类科目编码款", "科目名称", "决算数"), List.of(
                List.of("301", "", "工资福利支出", "2,082.85", "302", "", "商品和服务支出", "171.07"),
                List.of("301", "01", "基本工资", "262.33", "302", "01", "办公费", "21.21")), true);
        List<Grid> halves = grid.sideBySide(WORDS::isCodeColumn);
        assertThat(halves).hasSize(2);
        assertThat(halves.get(1).rows().get(0)).containsExactly("302", "", "商品和服务支出", "171.07");
    }
}
