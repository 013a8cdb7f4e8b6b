package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.AdministrativeLevel;
import io.github.govreport.core.Document;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.Part;
import io.github.govreport.core.ReportType;
import io.github.govreport.core.Section;
import io.github.govreport.extract.ReportExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The section trees of the seeds against outlines written down by a reader (outlines/NNN.txt:
 * one heading a line, label and title as written, two spaces per level; lines starting with %
 * are notes), and the parts and metadata of the seeds.
 */
class OutlineTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.create();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void sectionTreeMatchesTheWrittenOutline(String number) throws IOException {
        Seed seed = Corpus.seeds().stream().filter(s -> s.id().startsWith(number + "_")).findFirst().orElseThrow();
        Document document = EXTRACTOR.extract(seed.text(), seed.id());
        StringBuilder outline = new StringBuilder();
        document.sections().forEach(s -> render(s, outline));
        assertThat(outline.toString()).isEqualTo(expected(number));
    }

    @Test
    void theGazetteSplitsIntoItsThreeReports() {
        Document gazette = EXTRACTOR.extract(Corpus.seed("001_5ae12cae80745738").text(), "001");
        assertThat(gazette.metadata()).isEqualTo(new Metadata("重庆市人民政府公报", "重庆市", AdministrativeLevel.PROVINCE,
                2024, ReportType.COMPILATION, "重庆市人民政府办公厅", LocalDate.of(2024, 2, 15), null, "500000"));
        List<Part> parts = gazette.parts();
        assertThat(parts).extracting(p -> p.metadata().type())
                .containsExactly(ReportType.WORK_REPORT, ReportType.PLAN_REPORT, ReportType.BUDGET_REPORT);
        assertThat(parts).extracting(p -> p.metadata().title()).containsExactly("重庆市人民政府工作报告",
                "关于重庆市2023年国民经济和社会发展规划执行情况及2024年计划草案的报告",
                "关于重庆市2023年预算执行情况和2024年预算草案的报告");
        assertThat(parts).extracting(p -> p.metadata().issuer())
                .containsExactly("重庆市人民政府", "重庆市发展和改革委员会", "重庆市财政局");
        assertThat(parts.get(0).metadata().date()).isEqualTo(LocalDate.of(2024, 1, 21));
        assertThat(parts).allSatisfy(p -> assertThat(p.metadata().year()).isEqualTo(2024));
        assertThat(parts).allSatisfy(p -> assertThat(p.metadata().regionCode()).isEqualTo("500000"));
        assertThat(parts.get(0).span().end()).isEqualTo(parts.get(1).span().start());
        assertThat(parts.get(2).span().end()).isEqualTo(gazette.text().codePointCount(0, gazette.text().length()));
        // each report's sections stay inside it
        for (Section section : gazette.sections()) {
            assertThat(parts).anySatisfy(p -> assertThat(p.span().contains(section.span())).isTrue());
        }
    }

    @Test
    void theDistrictPlanReportKnowsItsRegionIssuerDateAndNumber() {
        Document report = EXTRACTOR.extract(Corpus.seed("003_893f256abc3ac6ed").text(), "003");
        assertThat(report.metadata()).isEqualTo(new Metadata(
                "重庆市渝中区2023年国民经济和社会发展计划执行情况及2024年计划草案的报告", "渝中区", AdministrativeLevel.COUNTY,
                2024, ReportType.PLAN_REPORT, "重庆市渝中区人民政府", LocalDate.of(2024, 2, 9), "渝中府发〔2024〕8号",
                "500103"));
        assertThat(report.parts()).isEmpty();
        assertThat(report.footnotes()).hasSize(42).allSatisfy(f -> assertThat(f.marker()).isNotNull());
    }

    @Test
    void anUntitledReportIsOfTheYearAfterTheOneItsFirstHeadingReviews() {
        Metadata metadata = EXTRACTOR.extract(Corpus.seed("000_3348ee11c8af0d59").text(), "000").metadata();
        assertThat(metadata.title()).isNull();
        assertThat(metadata.year()).isEqualTo(2024);   // 2023年工作回顾
        assertThat(metadata.region()).isNull();        // 全市 names no region
    }

    @Test
    void summariesAndNewsAreTyped() {
        assertThat(EXTRACTOR.extract(Corpus.seed("004_dcb3941a0537cd0a").text(), "004").metadata().type())
                .isEqualTo(ReportType.SUMMARY);
        assertThat(EXTRACTOR.extract(Corpus.seed("002_bf05f5ec527d8442").text(), "002").metadata().type())
                .isEqualTo(ReportType.NEWS);
    }

    private static void render(Section section, StringBuilder out) {
        out.append("  ".repeat(section.level() - 1)).append(section.heading()).append('\n');
        section.children().forEach(c -> render(c, out));
    }

    private static String expected(String number) throws IOException {
        try (InputStream in = OutlineTest.class.getResourceAsStream("outlines/" + number + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("%")).map(l -> l + "\n").collect(Collectors.joining());
        }
    }
}
