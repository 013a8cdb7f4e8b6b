package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.govreport.core.Document;
import io.github.govreport.core.Table;
import io.github.govreport.extract.ReportExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 003 ends with two indicator tables in Tika's flattened DOCX layout (one cell a line after
 * a tab, multi-line header cells, empty cells under merged categories); they come out as exactly
 * two tables with their captions, header rows and cells. The other seeds have no tables.
 */
class SeedTablesTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.create();

    @Test
    void seed003HasItsTwoIndicatorTables() {
        Seed seed = Corpus.seed("003_893f256abc3ac6ed");
        Document document = EXTRACTOR.extract(seed.text(), seed.id());
        List<Table> tables = document.tables();
        assertThat(tables).extracting(Table::id, Table::title, Table::headerRows, t -> t.rows().size())
                .containsExactly(
                        tuple("t1", "2023年经济社会发展主要目标完成情况表", 1, 24),
                        tuple("t2", "2024年经济社会发展主要目标预期建议表", 1, 27));
        for (Table table : tables) {
            assertThat(table.rows()).as(table.id()).allSatisfy(row -> assertThat(row).hasSize(7));
            String slice = table.span().slice(document.text());
            assertThat(slice).as(table.id()).startsWith("\t序号").doesNotContain("备注").doesNotContain("印发");
        }

        Table completed = tables.get(0);
        assertThat(completed.rows().get(0)).containsExactly(
                "序号", "指标类别", "指标名称", "单位", "指标属性", "2023年计划目标", "2023年完成情况");
        assertThat(completed.rows().get(1)).containsExactly(
                "1", "推动高质量发展", "地区生产总值（GDP）增速", "%", "预期性", "5左右", "5.2");
        assertThat(completed.rows().get(12)).containsExactly(
                "12", "", "劳动年龄人口平均受教育年限", "年", "约束性", "高于全市平均水平", "高于全市平均水平");
        assertThat(completed.rows().get(23)).containsExactly(
                "23", "实现安全发展", "亿元GDP安全事故死亡率", "人/亿元", "约束性", "＜0.01", "0.0063");

        Table planned = tables.get(1);
        assertThat(planned.rows().get(0)).containsExactly(
                "序号", "指标类别", "指标名称", "单位", "指标属性", "2023年完成情况", "2024年预期目标");
        assertThat(planned.rows().get(1)).containsExactly(
                "1", "推动高质量发展", "地区生产总值（GDP）增速", "%", "预期性", "5.2", "6左右");
        assertThat(planned.rows().get(24)).containsExactly(
                "24", "", "空气质量优良天数", "天", "约束性", "274", "300");
        assertThat(tables.get(0).span().end()).isLessThan(planned.span().start());
    }

    @Test
    void theOtherSeedsHaveNoTables() {
        for (Seed seed : Corpus.seeds()) {
            if (!seed.id().startsWith("003_")) {
                assertThat(EXTRACTOR.extract(seed.text(), seed.id()).tables()).as(seed.id()).isEmpty();
            }
        }
    }
}
