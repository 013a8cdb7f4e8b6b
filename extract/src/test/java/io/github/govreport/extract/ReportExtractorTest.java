package io.github.govreport.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.core.Document;
import io.github.govreport.core.Binding;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExtractorTest {

    private static final String REPORT = String.join("\n",
            "重庆市人民政府工作报告",
            "一、2023年工作回顾",
            "- 地区生产总值**30145.79**亿元,增长**6.1%**",
            "汽车、住宿餐饮消费分别增长8.5%、20.6%。新增上市企业10家。城乡居民收入比缩小至2.28：1。",
            "二、2024年主要任务",
            "地区生产总值增长6%左右，力争新开工改造城镇老旧小区４１８６万平方米。",
            "");

    private static final ReportExtractor EXTRACTOR = ReportExtractor.create();

    @TempDir
    Path dir;

    @Test
    void extractsFactsWithMeasureKindPeriodAndSection() {
        Document document = EXTRACTOR.extract(REPORT, "cq2024");
        assertThat(document.facts()).extracting(Fact::text).containsExactly(
                "30145.79亿元", "6.1%", "8.5%", "20.6%", "10家", "2.28：1", "6%左右", "４１８６万平方米".replace("４１８６", "4186"));
        Fact gdp = document.facts().get(0);
        assertThat(gdp.id()).isEqualTo("cq2024#1");
        assertThat(gdp.measure()).isEqualTo(Measure.LEVEL);
        assertThat(gdp.kind()).isEqualTo(Kind.ACTUAL);
        assertThat(gdp.period()).isEqualTo(2023);
        assertThat(gdp.source()).isEqualTo(Source.LIST);
        assertThat(gdp.section()).containsExactly("一、2023年工作回顾");
        assertThat(gdp.quantity().normalized().value().toPlainString()).isEqualTo("3014579000000");

        Fact listed = document.facts().get(3);
        assertThat(listed.measure()).isEqualTo(Measure.GROWTH);
        Fact newFirms = document.facts().get(4);
        assertThat(newFirms.measure()).isEqualTo(Measure.INCREASE);
        assertThat(document.facts().get(5).measure()).isEqualTo(Measure.RATIO);

        Fact target = document.facts().get(6);
        assertThat(target.qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(target.kind()).isEqualTo(Kind.TARGET);
        assertThat(target.period()).isEqualTo(2024);
        assertThat(target.section()).containsExactly("二、2024年主要任务");
        Fact area = document.facts().get(7);
        assertThat(area.measure()).isEqualTo(Measure.INCREASE);
        assertThat(area.quantity().normalized().value().toPlainString()).isEqualTo("41860000");
    }

    @Test
    void spansPointIntoTheNormalisedTextAndSourceSpansIntoTheOriginal() {
        Document document = EXTRACTOR.extract(REPORT, "cq2024");
        for (Fact fact : document.facts()) {
            assertThat(fact.span().slice(document.text())).isEqualTo(fact.text());
            assertThat(fact.sentence()).contains(fact.text());
            String original = fact.sourceSpan().slice(REPORT).replace("**", "");
            assertThat(original).isIn(fact.text(), "４１８６万平方米");
        }
    }

    @Test
    void readsUtf8Gb18030AndUtf16FilesAlike(@TempDir Path tmp) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16)) {
            Path file = tmp.resolve("report-" + charset.name() + ".txt");
            Files.write(file, REPORT.getBytes(charset));
            Document document = EXTRACTOR.extract(file);
            assertThat(document.id()).isEqualTo("report-" + charset.name());
            assertThat(document.mediaType()).isEqualTo("text/plain");
            assertThat(document.facts()).hasSize(8);
            texts.add(document.text());
        }
        assertThat(texts).containsOnly(texts.get(0));
    }

    @Test
    void readsHtmlWithoutSourceOffsets() throws Exception {
        Path file = dir.resolve("report.html");
        Files.writeString(file, "<html><head><meta charset=\"utf-8\"><title>报告</title></head><body>"
                + "<h1>一、2023年工作回顾</h1><p>地区生产总值增长<b>6.1%</b>。</p></body></html>");
        Document document = EXTRACTOR.extract(file);
        assertThat(document.mediaType()).isEqualTo("text/html");
        assertThat(document.facts()).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("6.1%");
            assertThat(f.sourceSpan()).isNull();
            assertThat(f.kind()).isEqualTo(Kind.ACTUAL);
        });
    }

    @Test
    void readsStreamsByName() throws Exception {
        Document document = EXTRACTOR.extract(new ByteArrayInputStream(REPORT.getBytes(Charset.forName("GB18030"))),
                "重庆.txt");
        assertThat(document.id()).isEqualTo("重庆");
        assertThat(document.facts()).hasSize(8);
    }

    @Test
    void refusesUnreadableInputsWithOneLineReasons() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThatThrownBy(() -> EXTRACTOR.extract(empty))
                .isInstanceOf(ExtractionException.class).hasMessage(empty + ": empty file");
        assertThatThrownBy(() -> EXTRACTOR.extract(dir.resolve("missing.pdf")))
                .hasMessageEndingWith("missing.pdf: no such file");
        assertThatThrownBy(() -> EXTRACTOR.extract(dir)).hasMessageEndingWith(": is a directory, not a document");

        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path binary = Files.write(dir.resolve("noise.bin"), noise);
        assertThatThrownBy(() -> EXTRACTOR.extract(binary)).hasMessageContaining("noise.bin: not a");
        Path binaryTxt = Files.write(dir.resolve("noise.txt"), noise);
        assertThatThrownBy(() -> EXTRACTOR.extract(binaryTxt)).hasMessageContaining("noise.txt: not a");
        Path blank = Files.writeString(dir.resolve("blank.txt"), "  \n\n ");
        assertThatThrownBy(() -> EXTRACTOR.extract(blank)).hasMessageContaining("blank.txt: no text found");

        ReportExtractor small = ReportExtractor.builder().maxInputBytes(10).build();
        Path big = Files.writeString(dir.resolve("big.txt"), REPORT);
        assertThatThrownBy(() -> small.extract(big)).hasMessageContaining("over the limit of 10");
    }

    @Test
    void aTextWithoutNumbersGivesAWarningNotAnError() {
        Document document = EXTRACTOR.extract("坚持稳中求进工作总基调。", "plain");
        assertThat(document.facts()).isEmpty();
        assertThat(document.warnings()).extracting(w -> w.code()).containsExactly("no-facts");
    }

    @Test
    void theReportYearSetsThePeriodWhereTheTextDoesNot() {
        ReportExtractor extractor = ReportExtractor.builder().reportYear(2024).build();
        Document document = extractor.extract("主要预期目标\n地区生产总值增长6%左右。", "t");
        assertThat(document.facts()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.TARGET);
            assertThat(f.period()).isEqualTo(2024);
        });
        assertThat(document.metadata().year()).isEqualTo(2024);
    }

    @Test
    void oneExtractorServesManyThreadsWithTheSameResults() throws Exception {
        String text = REPORT.repeat(20);
        Document expected = EXTRACTOR.extract(text, "t");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Document>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> EXTRACTOR.extract(text, "t")));
            }
            for (Future<Document> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void yearsBeforeTheRepublicOrComparedWithAreNotPeriods() {
        Document document = ReportExtractor.builder().reportYear(2024).build().extract(String.join("\n",
                "一、2023年工作回顾",
                "建于1940年的老厂区改造投资5亿元。",
                "比2019年增长20%。",
                "年均增长6%左右。"), "t");
        assertThat(document.facts()).extracting(Fact::text).containsExactly("5亿元", "20%", "6%左右");
        assertThat(document.facts()).extracting(Fact::period).containsExactly(2023, 2023, null);
    }

    @Test
    void cueWordsInsideOtherWordsDoNotDecideTheKind() {
        Document document = EXTRACTOR.extract(String.join("\n",
                "一、2023年计划执行情况",
                "计划执行情况总体良好，增长4.3%。",
                "圆满完成全年目标任务，地区生产总值增长6.1%。",
                "力争增长7%。"), "t");
        assertThat(document.facts()).extracting(Fact::kind).containsExactly(Kind.ACTUAL, Kind.ACTUAL, Kind.TARGET);
    }

    @Test
    void aLevelReachedIsNotAGrowthAndARateIsARate() {
        Document document = EXTRACTOR.extract("城镇化率提高到71.7%，城镇调查失业率5.5%左右，收入增长5.4%，产量增长到50万辆。", "t");
        assertThat(document.facts()).extracting(Fact::measure)
                .containsExactly(Measure.RATE, Measure.RATE, Measure.GROWTH, Measure.LEVEL);
        assertThat(document.facts()).extracting(Fact::confidence).allSatisfy(c ->
                assertThat(String.valueOf(c)).matches("0\\.[0-9]{1,2}"));
    }

    @Test
    void documentIdsAreFileNamesWithoutExtension() {
        assertThat(ReportExtractor.documentId("dir/000_abc.txt")).isEqualTo("000_abc");
        assertThat(ReportExtractor.documentId("C:\\x\\report.v2.pdf")).isEqualTo("report.v2");
        assertThat(ReportExtractor.documentId(".hidden")).isEqualTo(".hidden");
    }

    @Test
    void argumentsAreCheckedAtTheDoor() {
        assertThatThrownBy(() -> EXTRACTOR.extract("text", " ")).hasMessage("name must not be blank");
        assertThatThrownBy(() -> ReportExtractor.builder().reportYear(24)).hasMessageContaining("reportYear");
    }

    @Test
    void aFootnoteSpeaksForThePlaceOfItsMarker() {
        String text = "一、2023年工作回顾\n全年新增重大平台“十大平台”[1]建设，地区生产总值增长6.1%。\n"
                + "二、2024年主要任务\n地区生产总值增长6%左右。\n\n[1] 为42项重大项目、50项重大政策。\n";
        Document document = ReportExtractor.builder().reportYear(2024).build().extract(text, "notes");
        assertThat(document.footnotes()).hasSize(1);
        assertThat(document.facts()).filteredOn(f -> f.text().equals("42项")).singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.ACTUAL);
                    assertThat(f.period()).isEqualTo(2023);
                });
        assertThat(document.facts()).filteredOn(f -> f.text().equals("6%左右")).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(Kind.TARGET));
    }

    @Test
    void aHedgeAfterTheLastNumberOfAFenbieListHoldsForTheWholeList() {
        Document document = ReportExtractor.builder().reportYear(2024).build()
                .extract("学前教育普惠率、公办在园幼儿占比分别达到90%、53%以上。产值、利润分别增长5%、6%。", "list");
        assertThat(document.facts()).extracting(f -> f.text() + " " + f.qualifier().jsonName())
                .containsExactly("90% at_least", "53%以上 at_least", "5% exact", "6% exact");
    }

    @Test
    void aPercentageOfAnIndicatorNamedAsARateIsARateAndOneNamedAsAShareIsAShare() {
        Document document = ReportExtractor.builder().reportYear(2024).build()
                .extract("学前教育普惠率、公办在园幼儿占比分别达到90%、53%以上。", "names");
        assertThat(document.facts()).extracting(f -> f.indicator() + " " + f.measure().jsonName())
                .containsExactly("学前教育普惠率 rate", "公办在园幼儿占比 share");
    }

    @Test
    void aYearAReportReusesIsNotTheYearItsNumbersAreFor() {
        Document document = ReportExtractor.builder().reportYear(2024).build()
                .extract("2024年计划指标在沿用2023年指标体系的基础上调整，共计26项。", "reuse");
        assertThat(document.facts()).extracting(Fact::period).containsExactly(2024);
    }

    @Test
    void aCountOfThePlansIndicatorsHasNoBindingClass() {
        Document document = EXTRACTOR.extract("二、2024年主要预期目标\n约束性指标6项，单位地区生产总值能耗下降2.5%。\n", "t");
        assertThat(document.facts()).extracting(Fact::text, Fact::binding)
                .containsExactly(tuple("6项", null), tuple("2.5%", Binding.BINDING));
    }
}
