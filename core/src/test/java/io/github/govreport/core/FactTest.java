package io.github.govreport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.core.json.ModelJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactTest {

    @Test
    void theFixtureSpansPointAtTheirText() {
        Fact fact = ModelFixtures.growthTarget();
        assertThat(fact.span().slice(ModelFixtures.TEXT)).isEqualTo(fact.text());
        Fact area = ModelFixtures.areaTarget();
        assertThat(area.span().slice(ModelFixtures.TEXT)).isEqualTo(area.text());
    }

    @Test
    void rejectsASpanWhoseLengthDiffersFromTheText() {
        assertThatThrownBy(() -> withSpanAndText(new Span(8, 10), "6%左右"))
                .hasMessageContaining("has 2 code points but text '6%左右' has 4");
    }

    @Test
    void rejectsImplausiblePeriodsAndConfidences() {
        Fact f = ModelFixtures.growthTarget();
        assertThatThrownBy(() -> f.withPeriod(24))
                .hasMessageContaining("period 24 is not a plausible year");
        assertThatThrownBy(() -> f.toBuilder().confidence(1.5).build())
                .hasMessageContaining("confidence must be within [0, 1]");
    }

    @Test
    void rejectsMissingRequiredFields() {
        Fact f = ModelFixtures.growthTarget();
        assertThatThrownBy(() -> f.toBuilder().doc(" ").build())
                .hasMessageContaining("fact doc must not be blank");
        assertThatThrownBy(() -> f.toBuilder().measure(null).build())
                .hasMessageContaining("measure must not be null");
    }

    @Test
    void aCodeIsNullOrAsciiDigitsAsPrinted() {
        Fact f = ModelFixtures.growthTarget();
        assertThat(f.code()).isNull();
        assertThat(f.toBuilder().code("2010601").build().code()).isEqualTo("2010601");
        assertThat(f.toBuilder().code("0601").build().code()).isEqualTo("0601");
        for (String bad : List.of("", " ", "201 06 01", "20106-01", "２０１", "科目201", "2010601 ")) {
            assertThatThrownBy(() -> f.toBuilder().code(bad).build())
                    .as("'%s'", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("fact code must be null or ASCII digits, was '" + bad + "'");
        }
    }

    @Test
    void copiesTheSectionPathSoTheFactStaysImmutable() {
        List<String> path = new ArrayList<>(List.of("二、2024年主要任务"));
        Fact f = ModelFixtures.growthTarget();
        Fact fact = f.toBuilder().section(path).build();
        path.add("changed");
        assertThat(fact.section()).containsExactly("二、2024年主要任务");
        assertThatThrownBy(() -> fact.section().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aCopyByTheBuilderEqualsTheFactAndChangesOnlyWhatItIsTold() {
        Fact f = ModelFixtures.growthTarget();
        assertThat(f.toBuilder().build()).isEqualTo(f).hasSameHashCodeAs(f);
        assertThat(ModelJson.factLine(f.toBuilder().build())).isEqualTo(ModelJson.factLine(f));
        Fact actual = f.withKind(Kind.ACTUAL);
        assertThat(actual.kind()).isEqualTo(Kind.ACTUAL);
        assertThat(actual.toBuilder().kind(f.kind()).build()).isEqualTo(f);
        assertThat(f.withIndicator(null, null).indicator()).isNull();
        assertThat(f.withPeriod(2030).period()).isEqualTo(2030);
        Fact coded = f.toBuilder().code("208").build();
        assertThat(coded).isNotEqualTo(f);
        assertThat(coded.withKind(Kind.ACTUAL).code()).isEqualTo("208");
        assertThat(coded.toBuilder().code("208").build()).isEqualTo(coded).hasSameHashCodeAs(coded);
    }

    @Test
    void aFactBuiltByNameEqualsTheSameFactBuiltByPosition() {
        Fact f = ModelFixtures.areaTarget().toBuilder().code("2080502").build();
        Fact built = Fact.builder().doc(f.doc()).id(f.id()).indicator(f.indicator()).indicatorId(f.indicatorId())
                .code(f.code()).measure(f.measure()).quantity(f.quantity()).qualifier(f.qualifier()).kind(f.kind())
                .period(f.period()).binding(f.binding()).text(f.text()).sentence(f.sentence()).span(f.span())
                .sourceSpan(f.sourceSpan()).section(f.section()).source(f.source()).confidence(f.confidence())
                .build();
        assertThat(built).isEqualTo(f);
    }

    @Test
    void spansCountCodePointsNotUtf16Units() {
        String text = "𠀀增长6%";  // a supplementary CJK character counts as one
        assertThat(new Span(3, 5).slice(text)).isEqualTo("6%");
        assertThatThrownBy(() -> new Span(3, 2)).hasMessageContaining("end must be >= start");
        assertThatThrownBy(() -> new Span(-1, 2)).hasMessageContaining("start must be >= 0");
    }

    @Test
    void documentsCheckTheirFactsAgainstTheirText() {
        Fact fact = ModelFixtures.growthTarget();
        assertThatThrownBy(() -> new Document("000_test", null, null, null, "短", null, null, List.of(fact), null))
                .hasMessageContaining("lies beyond the text");
        assertThatThrownBy(() -> new Document("other", null, null, null, ModelFixtures.TEXT, null, null,
                List.of(fact), null))
                .hasMessageContaining("belongs to document 000_test");
        assertThatThrownBy(() -> new Document("000_test", null, null, null, ModelFixtures.TEXT, null, null,
                List.of(fact, fact), null))
                .hasMessageContaining("occurs twice");
    }

    @Test
    void enumsReadTheirJsonNamesAndListTheKnownOnesOnError() {
        assertThat(Qualifier.fromJson("at_least")).isEqualTo(Qualifier.AT_LEAST);
        assertThat(ReportType.fromJson("work-report")).isEqualTo(ReportType.WORK_REPORT);
        assertThatThrownBy(() -> Kind.fromJson("plan"))
                .hasMessage("unknown Kind 'plan' (expected one of: actual, target, unknown)");
    }

    @Test
    void sectionsNestOnlyDeeperLevelsInsideTheirSpan() {
        Section child = new Section("s2", 2, "（一）", "稳增长", new Span(5, 10), null);
        Section parent = new Section("s1", 1, "一、", "2023年工作回顾", new Span(0, 20), List.of(child));
        assertThat(parent.heading()).isEqualTo("一、2023年工作回顾");
        assertThatThrownBy(() -> new Section("s1", 2, null, "x", new Span(0, 20), List.of(child)))
                .hasMessageContaining("cannot be a child");
        assertThatThrownBy(() -> new Section("s1", 1, null, "x", new Span(0, 6), List.of(child)))
                .hasMessageContaining("lies outside its parent");
    }

    private static Fact withSpanAndText(Span span, String text) {
        Fact f = ModelFixtures.growthTarget();
        return f.toBuilder().quantity(Quantity.unitless(BigDecimal.ONE, null)).text(text).span(span).build();
    }
}
