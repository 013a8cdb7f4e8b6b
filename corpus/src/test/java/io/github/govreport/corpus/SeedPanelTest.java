package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Document;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.extract.ReportExtractor;
import io.github.govreport.panel.Agreement;
import io.github.govreport.panel.Observation;
import io.github.govreport.panel.Panel;
import io.github.govreport.panel.Provenance;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The panel of the seed corpus: the 2024 gazette issue of 重庆 holds the work, plan and budget
 * reports, which state many of the same figures. The panel lists where they agree and where they
 * do not, with the place of each figure.
 */
class SeedPanelTest {

    private static final Panel PANEL = panel();

    @Test
    void theWorkAndPlanReportsAgreeOnTheHeadlineFiguresAndBothAreCited() {
        Observation gdp = PANEL.find("500000", "gdp", Measure.GROWTH, 2023, Kind.ACTUAL).orElseThrow();
        assertThat(gdp.agreement()).isEqualTo(Agreement.AGREED);
        assertThat(gdp.quantity().value()).isEqualByComparingTo("6.1");
        assertThat(gdp.reports()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(gdp.sources()).allSatisfy(p -> assertThat(p.text()).contains("6.1%"));

        Observation target = PANEL.find("500000", "gdp", Measure.GROWTH, 2024, Kind.TARGET).orElseThrow();
        assertThat(target.agreement()).isEqualTo(Agreement.AGREED);
        assertThat(target.sources()).extracting(Provenance::text).allMatch(t -> t.contains("6%左右"));

        // a bound and the exact figure it summarises (迈上3万亿元, 30145.79亿元) agree
        Observation level = PANEL.find("500000", "gdp", Measure.LEVEL, 2023, Kind.ACTUAL).orElseThrow();
        assertThat(level.agreement()).isEqualTo(Agreement.AGREED);
        assertThat(level.quantity().value()).isEqualByComparingTo("30145.79");
    }

    @Test
    void crossReportAgreementsAndConflictsAreListedWithProvenance() {
        List<Observation> crossReport = PANEL.observations().stream().filter(o -> o.reports().size() > 1).toList();
        List<Observation> agreed = crossReport.stream().filter(o -> o.agreement() == Agreement.AGREED).toList();
        List<Observation> conflicts = crossReport.stream().filter(o -> o.agreement() == Agreement.CONFLICT).toList();
        System.out.printf("seed panel: %d observations, %d stated by more than one report: %d agree, %d conflict%n",
                PANEL.observations().size(), crossReport.size(), agreed.size(), conflicts.size());
        conflicts.forEach(o -> System.out.println("  conflict " + o.indicatorId() + " " + o.measure().jsonName() + " "
                + o.year() + " " + o.kind().jsonName() + ": " + o.sources().stream()
                .map(p -> p.report() + "@" + p.start() + " " + p.text()).toList()));
        assertThat(agreed).hasSizeGreaterThanOrEqualTo(30);
        assertThat(conflicts).isNotEmpty().allSatisfy(o -> {
            assertThat(o.sources()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(o.sources()).allSatisfy(p -> {
                assertThat(p.doc()).isNotBlank();
                assertThat(p.end()).isGreaterThan(p.start());
                assertThat(p.sentence()).contains(p.text());
            });
            assertThat(o.sources().stream().map(p -> p.quantity().normalized().value()).distinct()).hasSizeGreaterThan(1);
        });
    }

    private static Panel panel() {
        ReportExtractor extractor = ReportExtractor.create();
        List<Document> documents = new ArrayList<>();
        for (Seed seed : Corpus.seeds()) {
            documents.add(extractor.extract(seed.text(), seed.id()));
        }
        return Panel.of(documents);
    }
}
