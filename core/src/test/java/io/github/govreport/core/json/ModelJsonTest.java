package io.github.govreport.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govreport.core.AdministrativeLevel;
import io.github.govreport.core.Binding;
import io.github.govreport.core.Dimension;
import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Footnote;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.Part;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.ReportType;
import io.github.govreport.core.Section;
import io.github.govreport.core.Source;
import io.github.govreport.core.Span;
import io.github.govreport.core.Table;
import io.github.govreport.core.Unit;
import io.github.govreport.core.Warning;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelJsonTest {

    private static final String TEXT = "地区生产总值30145.79亿元，增长6.1%。新开工改造城镇老旧小区4186万平方米。";

    private static Fact gdpLevel() {
        return new Fact("000_x", "000_x#1", "地区生产总值", "gdp", null, Measure.LEVEL,
                Quantity.of(new BigDecimal("30145.79"), null,
                        new Unit("亿元", Dimension.CURRENCY, "CNY", new BigDecimal("100000000"))),
                Qualifier.EXACT, Kind.ACTUAL, 2023, null, "30145.79亿元", TEXT, new Span(6, 16), new Span(6, 16),
                List.of("2023年工作回顾", "（一）经济"), Source.LIST, 0.9);
    }

    private static Fact areaRange() {
        return new Fact("000_x", "000_x#2", null, null, null, Measure.INCREASE,
                Quantity.of(new BigDecimal("4186"), new BigDecimal("4200.50"),
                        new Unit("万平方米", Dimension.AREA, "m²", new BigDecimal("10000"))),
                Qualifier.APPROX, Kind.UNKNOWN, null, Binding.BINDING, "4186万平方米", TEXT, new Span(35, 43), null,
                List.of(), Source.TEXT, 0.25);
    }

    /** The cell of a budget table's row 2010601 行政运行 (the same number as gdpLevel, for a valid span). */
    private static Fact budgetCell() {
        return gdpLevel().toBuilder().id("000_x#3").indicator("行政运行").indicatorId(null).code("2010601")
                .kind(Kind.TARGET).period(2024).sentence("2010601 行政运行 | 30145.79").section(List.of())
                .source(Source.TABLE).build();
    }

    @Test
    void factLinesHaveEveryKeyOfTheContractInOrderAndNullsWritten() throws Exception {
        JsonNode line = new ObjectMapper().readTree(ModelJson.factLine(areaRange()));
        List<String> keys = new ArrayList<>();
        line.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).isEqualTo(ModelJson.FACT_KEYS);
        assertThat(line.get("indicator").isNull()).isTrue();
        assertThat(line.get("code").isNull()).isTrue();
        assertThat(line.get("sourceStart").isNull()).isTrue();
        assertThat(line.get("schema").textValue()).isEqualTo("facts/2");
    }

    @Test
    void aTableRowsCodeIsWrittenAsTextAfterTheIndicatorId() {
        assertThat(ModelJson.factLine(budgetCell()))
                .contains("\"indicator\":\"行政运行\",\"indicatorId\":null,\"code\":\"2010601\",\"measure\":");
    }

    @Test
    void numbersAreWrittenWithoutExponentOrLoss() {
        String line = ModelJson.factLine(gdpLevel());
        assertThat(line).contains("\"value\":30145.79,").contains("\"normalized\":{\"value\":3014579000000,")
                .doesNotContain("E+");
        String range = ModelJson.factLine(areaRange());
        assertThat(range).contains("\"valueMax\":4200.5,").contains("\"value\":41860000,");
    }

    @Test
    void factsRoundTripLosslessly() {
        for (Fact fact : List.of(gdpLevel(), areaRange(), budgetCell())) {
            assertThat(ModelJson.readFact(ModelJson.factLine(fact))).isEqualTo(fact);
        }
    }

    @Test
    void documentsRoundTripLosslessly() {
        Section child = new Section("s2", 2, "（一）", "经济", new Span(0, 20), List.of());
        Section top = new Section("s1", 1, "一、", "2023年工作回顾", new Span(0, 44), List.of(child));
        Table table = new Table("t1", "主要指标", new Span(20, 44), 1,
                List.of(List.of("指标", "2024年预期目标"), List.of("地区生产总值增速", "6左右")));
        Metadata metadata = new Metadata("政府工作报告", "重庆市", AdministrativeLevel.PROVINCE, 2024,
                ReportType.WORK_REPORT, "重庆市人民政府", LocalDate.of(2024, 1, 21), "渝府发〔2024〕1号", "500000");
        Metadata planPart = new Metadata("计划报告", "重庆市", AdministrativeLevel.PROVINCE, 2024,
                ReportType.PLAN_REPORT, "重庆市发展和改革委员会", null);
        Document document = new Document("000_x", "seeds/000_x.txt", "text/plain", metadata, TEXT,
                List.of(top), List.of(table), List.of(gdpLevel(), areaRange(), budgetCell()),
                List.of(Warning.of("no-title", "no title line found"), new Warning("odd", "odd span", new Span(1, 2))),
                List.of(new Footnote("n1", "[1]", new Span(3, 3), new Span(40, 44)),
                        new Footnote("n2", null, null, new Span(41, 44))),
                List.of(new Part("p1", new Span(0, 20), metadata), new Part("p2", new Span(20, 44), planPart)));

        for (boolean pretty : new boolean[] {true, false}) {
            String json = ModelJson.document(document, pretty);
            assertThat(ModelJson.readDocument(json)).isEqualTo(document);
        }
    }

    @Test
    void documentFactsCarryNoSchemaKey() throws Exception {
        Document document = new Document("000_x", null, null, null, TEXT, null, null, List.of(gdpLevel()), null);
        JsonNode node = new ObjectMapper().readTree(ModelJson.document(document, false));
        assertThat(node.get("schema").textValue()).isEqualTo("document/3");
        assertThat(node.get("facts").get(0).has("schema")).isFalse();
        Iterator<String> names = node.get("metadata").fieldNames();
        List<String> metadataKeys = new ArrayList<>();
        names.forEachRemaining(metadataKeys::add);
        assertThat(metadataKeys).containsExactly("title", "region", "level", "year", "type", "issuer", "date", "number",
                "regionCode");
    }

    @Test
    void documentsWrittenBeforeFootnotesPartsAndRegionCodesStillRead() {
        Document document = new Document("000_x", null, null, null, TEXT, null, null, List.of(gdpLevel()), null);
        String json = ModelJson.document(document, false).replace(",\"footnotes\":[],\"parts\":[]", "")
                .replace(",\"number\":null", "").replace(",\"regionCode\":null", "");
        assertThat(json).doesNotContain("footnotes").doesNotContain("number").doesNotContain("regionCode");
        assertThat(ModelJson.readDocument(json)).isEqualTo(document);
    }

    @Test
    void facts1LinesWithoutACodeStillRead() {
        for (Fact fact : List.of(gdpLevel(), areaRange())) {
            String facts1 = ModelJson.factLine(fact).replace("\"schema\":\"facts/2\"", "\"schema\":\"facts/1\"")
                    .replace("\"code\":null,", "");
            assertThat(facts1).startsWith("{\"schema\":\"facts/1\"").doesNotContain("code");
            assertThat(ModelJson.readFact(facts1)).isEqualTo(fact);
        }
        // a document's entry has no schema key; one of a document/2 has no code key either
        String entry = ModelJson.factLine(gdpLevel()).replace("\"schema\":\"facts/2\",", "")
                .replace("\"code\":null,", "");
        assertThat(ModelJson.readFact(entry)).isEqualTo(gdpLevel());
    }

    @Test
    void documents1And2WithoutCodesStillReadButDocument3MustHaveThem() {
        Document document = new Document("000_x", null, null, null, TEXT, null, null,
                List.of(gdpLevel(), areaRange()), null);
        String document3 = ModelJson.document(document, false);
        assertThat(document3).contains("\"code\":null");
        for (String older : List.of("document/2", "document/1")) {
            String json = document3.replace("\"document/3\"", "\"" + older + "\"").replace("\"code\":null,", "");
            assertThat(json).contains("\"schema\":\"" + older + "\"").doesNotContain("\"code\"");
            assertThat(ModelJson.readDocument(json)).isEqualTo(document);
        }
        assertThatThrownBy(() -> ModelJson.readDocument(document3.replaceFirst("\"code\":null,", "")))
                .hasMessageContaining("document.facts[0]: key 'code' is missing");
        assertThatThrownBy(() -> ModelJson.readDocument(document3.replace("\"document/3\"", "\"document/4\"")))
                .hasMessageContaining("schema is 'document/4', expected 'document/3'");
    }

    @Test
    void badLinesSayWhichFieldIsWrong() {
        String line = ModelJson.factLine(gdpLevel());
        assertThatThrownBy(() -> ModelJson.readFact(line.replace("\"kind\":\"actual\"", "\"kind\":\"plan\"")))
                .isInstanceOf(JsonFormatException.class)
                .hasMessageContaining("'kind': unknown Kind 'plan'");
        assertThatThrownBy(() -> ModelJson.readFact(line.replace("\"period\":2023,", "")))
                .hasMessageContaining("key 'period' is missing");
        assertThatThrownBy(() -> ModelJson.readFact(line.replace("\"value\":30145.79", "\"value\":\"30145.79\"")))
                .hasMessageContaining("'value' must be a number");
        assertThatThrownBy(() -> ModelJson.readFact(line.replace("\"end\":16", "\"end\":99")))
                .hasMessageContaining("fact: fact span");
        assertThatThrownBy(() -> ModelJson.readFact(line.replace("facts/2", "facts/3")))
                .hasMessageContaining("schema is 'facts/3', expected 'facts/2'");
        assertThatThrownBy(() -> ModelJson.readFact(line.replace("\"code\":null,", "")))
                .hasMessageContaining("key 'code' is missing");
        assertThatThrownBy(() -> ModelJson.readFact(ModelJson.factLine(budgetCell()).replace("2010601", "201-06-01")))
                .hasMessageContaining("fact: fact code must be null or ASCII digits, was '201-06-01'");
        assertThatThrownBy(() -> ModelJson.readFact(line.replace("\"code\":null", "\"code\":2010601")))
                .hasMessageContaining("'code' must be a string");
        assertThatThrownBy(() -> ModelJson.readFact("{\"doc\": "))
                .hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> ModelJson.readFact("[1]"))
                .hasMessage("fact must be a JSON object");
    }
}
