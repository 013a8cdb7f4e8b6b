package io.github.govreport.testing;

import io.github.govreport.core.Binding;
import io.github.govreport.core.Dimension;
import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Section;
import io.github.govreport.core.Source;
import io.github.govreport.core.Span;
import io.github.govreport.core.Unit;
import java.math.BigDecimal;
import java.util.List;

/** A small valid document and its facts, and ways to break them. Spans are computed, not counted by hand. */
final class Fixtures {

    static final String DOC = "d";
    static final String REVIEW_SENTENCE = "地区生产总值增长6.1%。";
    static final String TASK_SENTENCE = "地区生产总值增长6%左右，新开工改造城镇老旧小区4186万平方米。";
    static final String TEXT = "一、2023年工作回顾\n" + REVIEW_SENTENCE + "\n二、2024年主要任务\n" + TASK_SENTENCE;

    private static final Unit PERCENT = Unit.base("%", Dimension.PERCENT);
    private static final Unit TEN_THOUSAND_SQUARE_METRES =
            new Unit("万平方米", Dimension.AREA, "m²", new BigDecimal("10000"));

    private Fixtures() {
    }

    static Fact growthActual() {
        return new Fact(DOC, "d#1", "地区生产总值", "gdp", null, Measure.GROWTH,
                Quantity.of(new BigDecimal("6.1"), null, PERCENT), Qualifier.EXACT, Kind.ACTUAL, 2023, null,
                "6.1%", REVIEW_SENTENCE, spanOf("6.1%"), null, List.of("一、2023年工作回顾"), Source.TEXT, 0.9);
    }

    static Fact growthTarget() {
        return new Fact(DOC, "d#2", "地区生产总值", "gdp", null, Measure.GROWTH,
                Quantity.of(new BigDecimal("6"), null, PERCENT), Qualifier.APPROX, Kind.TARGET, 2024,
                Binding.EXPECTED, "6%左右", TASK_SENTENCE, spanOf("6%左右"), null, List.of("二、2024年主要任务"),
                Source.TEXT, 0.97);
    }

    static Fact areaTarget() {
        return new Fact(DOC, "d#3", "新开工改造城镇老旧小区", null, null, Measure.INCREASE,
                Quantity.of(new BigDecimal("4186"), null, TEN_THOUSAND_SQUARE_METRES), Qualifier.EXACT, Kind.TARGET,
                2024, null, "4186万平方米", TASK_SENTENCE, spanOf("4186万平方米"), null, List.of("二、2024年主要任务"),
                Source.LIST, 0.8);
    }

    /** 5%—6%, a range. */
    static Fact rangeTarget() {
        Fact f = growthTarget();
        return f.toBuilder().quantity(Quantity.of(new BigDecimal("5"), new BigDecimal("6"), PERCENT)).build();
    }

    /** {@code fact} with another span, sentence or both; the span must have the text's length. */
    static Fact moved(Fact f, Span span, String sentence) {
        return f.toBuilder().sentence(sentence).span(span).build();
    }

    static Document document(List<Fact> facts, List<Section> sections) {
        return new Document(DOC, "d.txt", "text/plain", null, TEXT, sections, List.of(), facts, List.of());
    }

    static Document validDocument() {
        return document(List.of(growthActual(), growthTarget(), areaTarget()), sections());
    }

    /** 一、 and 二、 as top-level sections, the second with its sentence as a child. */
    static List<Section> sections() {
        int second = codePointIndex("二、");
        int end = TEXT.codePointCount(0, TEXT.length());
        Span task = spanOf(TASK_SENTENCE);
        return List.of(
                new Section("s1", 1, "一、", "2023年工作回顾", new Span(0, second), List.of()),
                new Section("s2", 1, "二、", "2024年主要任务", new Span(second, end),
                        List.of(new Section("s3", 2, null, "任务", task, List.of()))));
    }

    /** Where {@code surface} first occurs in {@link #TEXT}, in code points. */
    static Span spanOf(String surface) {
        int start = codePointIndex(surface);
        return new Span(start, start + surface.codePointCount(0, surface.length()));
    }

    private static int codePointIndex(String surface) {
        int index = TEXT.indexOf(surface);
        if (index < 0) {
            throw new IllegalArgumentException(surface + " is not in the fixture text");
        }
        return TEXT.codePointCount(0, index);
    }
}
