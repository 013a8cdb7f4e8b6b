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

/** The cells of department budget and 决算 tables as facts: name, measure and unit (kind and period: fact-documents). */
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
}
