package io.github.govreport.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Document;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.ReportType;
import io.github.govreport.extract.ReportExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanelTest {

    private static final Panel PANEL = Panel.of(Reports.all());

    @Test
    void oneObservationPerRegionIndicatorMeasureYearAndKind() {
        assertThat(PANEL.observations()).extracting(o -> o.indicatorId() + "/" + o.measure().jsonName() + "/"
                + o.year() + "/" + o.kind().jsonName()).doesNotHaveDuplicates()
                .contains("gdp/growth/2023/target", "gdp/growth/2023/actual", "gdp/growth/2022/actual",
                        "gdp/growth/2024/target", "urban_new_jobs/increase/2023/actual");
        assertThat(PANEL.observations()).allSatisfy(o -> {
            assertThat(o.region()).isEqualTo("江西省");
            assertThat(o.regionCode()).isEqualTo("360000");
        });
    }

    @Test
    void twoReportsGivingTheSameNumberAgreeAndBothAreNamed() {
        Observation gdp = PANEL.find("360000", "gdp", Measure.GROWTH, 2023, Kind.ACTUAL).orElseThrow();
        assertThat(gdp.agreement()).isEqualTo(Agreement.AGREED);
        assertThat(gdp.quantity().value()).isEqualByComparingTo("4.1");
        assertThat(gdp.reports()).containsExactly("jiangxi_work_2024", "jiangxi_plan_2024");
        Provenance first = gdp.sources().get(0);
        assertThat(first.reportType()).isEqualTo(ReportType.WORK_REPORT);
        assertThat(first.reportYear()).isEqualTo(2024);
        assertThat(first.text()).contains("4.1%");
        assertThat(Reports.all().get(1).text().codePoints().skip(first.start()).limit(first.end() - first.start())
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo(first.text());
    }

    @Test
    void reportsGivingDifferentNumbersAreOneConflictNamingEach() {
        Observation jobs = PANEL.find("360000", "urban_new_jobs", Measure.INCREASE, 2023, Kind.ACTUAL).orElseThrow();
        assertThat(jobs.agreement()).isEqualTo(Agreement.CONFLICT);
        assertThat(jobs.sources()).extracting(p -> p.quantity().value().toPlainString())
                .containsExactly("43.5", "42.8");
        assertThat(jobs.quantity().value()).as("the work report's number comes first").isEqualByComparingTo("43.5");
        assertThat(PANEL.conflicts()).containsExactly(jobs);
    }

    @Test
    void anExactNumberAgreesWithABoundItSatisfies() {
        Document exact = Reports.all().get(1);
        Document bound = ReportExtractor.create()
                .extract("江西省政府工作报告\n一、2023年工作回顾\n过去一年，城镇新增就业超过40万人。", "bound");
        Document located = withMetadata(bound, exact.metadata());
        Observation jobs = Panel.of(List.of(located, exact))
                .find("360000", "urban_new_jobs", Measure.INCREASE, 2023, Kind.ACTUAL).orElseThrow();
        assertThat(jobs.agreement()).isEqualTo(Agreement.AGREED);
        assertThat(jobs.qualifier()).as("the exact number leads").isEqualTo(Qualifier.EXACT);
        assertThat(jobs.quantity().value()).isEqualByComparingTo("43.5");
    }

    @Test
    void theWholeRegionsFigureAndTheGovernmentsOwnLevelsAreTwoObservationsNotAConflict() {
        Document budget = ReportExtractor.create().extract(
                "关于南昌市2023年预算执行情况和2024年预算草案的报告\n一、2023年预算执行情况\n"
                        + "全市一般公共预算收入500亿元，增长5%。市本级一般公共预算收入120亿元，增长3%。", "budget");
        Panel panel = Panel.of(List.of(budget));
        Observation whole = panel.find("360100", "general_public_budget_revenue", Measure.LEVEL, 2023, Kind.ACTUAL)
                .orElseThrow();
        Observation own = panel.find("360100", "general_public_budget_revenue", Measure.LEVEL, 2023, Kind.ACTUAL,
                Coverage.OWN_LEVEL).orElseThrow();
        assertThat(whole.quantity().value()).isEqualByComparingTo("500");
        assertThat(own.quantity().value()).isEqualByComparingTo("120");
        assertThat(panel.conflicts()).isEmpty();
    }

    @Test
    void factsWithoutARegionAreLeftOutRatherThanGuessed() {
        Document unnamed = withMetadata(Reports.all().get(0), Metadata.EMPTY.withYear(2023));
        assertThat(Panel.of(List.of(unnamed)).observations()).isEmpty();
    }

    static Document withMetadata(Document d, Metadata metadata) {
        return new Document(d.id(), d.source(), d.mediaType(), metadata, d.text(), d.sections(), d.tables(),
                d.facts(), d.warnings(), d.footnotes(), d.parts());
    }
}
