package io.github.govreport.extract.internal.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.govreport.core.Fact;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Source;
import io.github.govreport.extract.ReportExtractor;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cells of department budget and 决算 tables as facts: name, 科目 code, measure and unit (kind and
 * period: fact-documents).
 */
class BudgetTableFactsTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.create();

    private static List<Fact> facts(String name) throws Exception {
        return EXTRACTOR.extract(resource(name)).facts();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(BudgetTableFactsTest.class.getResource("/io/github/govreport/extract/fact-documents/" + name)
                .toURI());
    }

    @Test
    void aRowIsNamedByItsNameCellNeverByItsCodeAndTakesTheCaptionsUnit() throws Exception {
        List<Fact> facts = facts("department-budget-table.txt");
        assertThat(facts).allMatch(fact -> fact.source() == Source.TABLE);
        assertThat(facts.subList(0, 5)).extracting(Fact::indicator, f -> f.quantity().unit(), Fact::text)
                .containsExactly(
                        tuple("社会保障和就业支出", "元", "11,281,624"),
                        tuple("社会保障和就业支出", "元", "8,661,624"),
                        tuple("社会保障和就业支出", "元", "2,620,000"),
                        tuple("事业单位离退休", "元", "538,440"),
                        tuple("事业单位离退休", "元", "538,440"));
    }

    @Test
    void aRowsCodeIsItsCodeColumnsJoinedLeftToRight() throws Exception {
        List<Fact> facts = facts("department-budget-table.txt");
        // 类 | 款 | 项: 208 | | → 208; 208 | 05 | 02 → 2080502; the 合计 row and the 三公 table have none
        assertThat(facts).extracting(Fact::indicator, Fact::code).containsExactly(
                tuple("社会保障和就业支出", "208"),
                tuple("社会保障和就业支出", "208"),
                tuple("社会保障和就业支出", "208"),
                tuple("事业单位离退休", "2080502"),
                tuple("事业单位离退休", "2080502"),
                tuple("合计", null),
                tuple("合计", null),
                tuple("合计", null),
                tuple("“三公”经费合计", null),
                tuple("因公出国（境）费", null),
                tuple("公务接待费", null),
                tuple("公务用车购置及运行费", null));
    }

    @Test
    void aCodeIsReadFromASingleCodeColumnOrBeforeTheNameInItsCellButAYearIsNoCode() throws Exception {
        List<Fact> facts = facts("budget-table-codes.txt");
        assertThat(facts).extracting(Fact::indicator, Fact::code, Fact::text).containsExactly(
                // 科目编码 | 科目名称
                tuple("一般公共服务支出", "201", "1,250.00"),
                tuple("一般公共服务支出", "201", "850.00"),
                tuple("一般公共服务支出", "201", "1,200.00"),
                tuple("行政运行", "2010601", "850.00"),
                tuple("行政运行", "2010601", "850.00"),
                tuple("行政运行", "2010601", "800.00"),
                // 科目编码及名称: 2010101 行政运行, 2010102一般行政管理事务
                tuple("行政运行", "2010101", "3,456.78"),
                tuple("行政运行", "2010101", "101.5"),
                tuple("一般行政管理事务", "2010102", "120.50"),
                tuple("一般行政管理事务", "2010102", "96.4"),
                tuple("2022年结转结余", null, "88.00"));
    }

    @Test
    void aNumberBeforeANameIsNoCodeInATableThatIsNoBudget() throws Exception {
        String plan = "某市2024年国民经济和社会发展计划\n\n主要指标表\n指标\t单位\t2023年完成情况\t2024年预期目标\n"
                + "500千伏变电站\t座\t3\t5\n2010101 行政运行\t亿元\t3.2\t3.5\n";
        List<Fact> facts = EXTRACTOR.extract(plan, "plan").facts();
        assertThat(facts).extracting(Fact::text).contains("3", "5", "3.2", "3.5");
        assertThat(facts).allSatisfy(fact -> {
            assertThat(fact.source()).isEqualTo(Source.TABLE);
            assertThat(fact.code()).isNull();
        });
    }

    @Test
    void sentenceFactsHaveNoCode() throws Exception {
        List<Fact> facts = EXTRACTOR.extract("2010101 行政运行支出3456.78万元，增长5%。", "prose").facts();
        assertThat(facts).isNotEmpty().allSatisfy(fact -> {
            assertThat(fact.source()).isNotEqualTo(Source.TABLE);
            assertThat(fact.code()).isNull();
        });
    }

    @Test
    void aTableWithoutANameColumnIsNamedByItsColumns() throws Exception {
        List<Fact> facts = facts("department-budget-table.txt");
        assertThat(facts.subList(8, 12)).extracting(Fact::indicator, f -> f.quantity().unit())
                .containsExactly(
                        tuple("“三公”经费合计", "万元"),
                        tuple("因公出国（境）费", "万元"),
                        tuple("公务接待费", "万元"),
                        tuple("公务用车购置及运行费", "万元"));
    }

    @Test
    void aColumnOfTheBudgetsCompletionIsCompletionInPercent() throws Exception {
        List<Fact> facts = facts("final-accounts-table.txt");
        assertThat(facts).extracting(Fact::indicator, Fact::measure, f -> f.quantity().unit())
                .containsExactly(
                        tuple("一般公共预算财政拨款收入", Measure.LEVEL, "万元"),
                        tuple("一般公共预算财政拨款收入", Measure.COMPLETION, "%"),
                        tuple("其他收入", Measure.LEVEL, "万元"),
                        tuple("本年收入合计", Measure.LEVEL, "万元"),
                        tuple("本年收入合计", Measure.COMPLETION, "%"));
    }

    @Test
    void aRowIsNamedByItsInnermostLabelAndAColumnOfAmountsIsNoUnitColumn() throws Exception {
        // 项目名称 over two label columns; 附属单位上缴收入 holds 单位 but no units
        List<Fact> facts = facts("budget-table-two-label-columns.txt");
        assertThat(facts).extracting(Fact::indicator, f -> f.quantity().unit())
                .containsExactly(tuple("收入总计", "万元"), tuple("小计", "万元"), tuple("公共财政拨款(补助)资金", "万元"));
    }
}
