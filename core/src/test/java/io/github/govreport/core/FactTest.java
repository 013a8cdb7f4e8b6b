package io.github.govreport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThatThrownBy(() -> new Fact(f.doc(), f.id(), f.indicator(), f.indicatorId(), f.measure(), f.quantity(),
                f.qualifier(), f.kind(), 24, f.binding(), f.text(), f.sentence(), f.span(), f.sourceSpan(),
                f.section(), f.source(), f.confidence()))
                .hasMessageContaining("period 24 is not a plausible year");
        assertThatThrownBy(() -> new Fact(f.doc(), f.id(), f.indicator(), f.indicatorId(), f.measure(), f.quantity(),
                f.qualifier(), f.kind(), f.period(), f.binding(), f.text(), f.sentence(), f.span(), f.sourceSpan(),
                f.section(), f.source(), 1.5))
                .hasMessageContaining("confidence must be within [0, 1]");
    }

    @Test
    void rejectsMissingRequiredFields() {
        Fact f = ModelFixtures.growthTarget();
        assertThatThrownBy(() -> new Fact(" ", f.id(), f.indicator(), f.indicatorId(), f.measure(), f.quantity(),
                f.qualifier(), f.kind(), f.period(), f.binding(), f.text(), f.sentence(), f.span(), f.sourceSpan(),
                f.section(), f.source(), f.confidence()))
                .hasMessageContaining("fact doc must not be blank");
        assertThatThrownBy(() -> new Fact(f.doc(), f.id(), f.indicator(), f.indicatorId(), null, f.quantity(),
                f.qualifier(), f.kind(), f.period(), f.binding(), f.text(), f.sentence(), f.span(), f.sourceSpan(),
                f.section(), f.source(), f.confidence()))
                .hasMessageContaining("measure must not be null");
    }

    @Test
    void copiesTheSectionPathSoTheFactStaysImmutable() {
        List<String> path = new ArrayList<>(List.of("二、2024年主要任务"));
        Fact f = ModelFixtures.growthTarget();
        Fact fact = new Fact(f.doc(), f.id(), f.indicator(), f.indicatorId(), f.measure(), f.quantity(),
                f.qualifier(), f.kind(), f.period(), f.binding(), f.text(), f.sentence(), f.span(), f.sourceSpan(),
                path, f.source(), f.confidence());
        path.add("changed");
        assertThat(fact.section()).containsExactly("二、2024年主要任务");
        assertThatThrownBy(() -> fact.section().add("x")).isInstanceOf(UnsupportedOperationException.class);
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
        return new Fact(f.doc(), f.id(), f.indicator(), f.indicatorId(), f.measure(),
                Quantity.unitless(BigDecimal.ONE, null), f.qualifier(), f.kind(), f.period(), f.binding(), text,
                f.sentence(), span, f.sourceSpan(), f.section(), f.source(), f.confidence());
    }
}
