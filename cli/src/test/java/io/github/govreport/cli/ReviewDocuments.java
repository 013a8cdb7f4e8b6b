package io.github.govreport.cli;

import io.github.govreport.core.Binding;
import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Source;
import io.github.govreport.core.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made documents for the review page tests: markup in the text and in fact fields, characters
 * outside the Basic Multilingual Plane before the facts (two UTF-16 units, one code point each),
 * and facts that share text: one inside another, two on the same span, one crossing another's end.
 */
final class ReviewDocuments {

    /** Script and markup that must show as text; each would open a dialog if the page ran it. */
    static final String MARKUP = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    static final String HOSTILE_INDICATOR = "</script><script>alert(3)</script>";

    static final String FIRST_TEXT = "𠀀𠀁区（县）报告\n地区生产总值增长6%左右，" + MARKUP
            + "规上工业增加值增长7%。\n</script>新开工改造城镇老旧小区4186万平方米。";
    static final String SECOND_TEXT = "2023年，地区生产总值增长6.1%。";

    private ReviewDocuments() {
    }

    /** The first has six facts that overlap in every way; the second one fact of the same indicator (a chart). */
    static List<Document> documents() {
        List<Fact> first = new ArrayList<>();
        first.add(fact("first", 1, FIRST_TEXT, "增长6%左右", "地区生产总值", "gdp", Kind.TARGET, "6"));
        // inside #1, and #3 on the same span: nested marks
        first.add(fact("first", 2, FIRST_TEXT, "6%左右", "地区生产总值", "gdp", Kind.ACTUAL, "6"));
        first.add(fact("first", 3, FIRST_TEXT, "6%左右", null, null, Kind.UNKNOWN, "6"));
        // begins inside #1 and ends after it: split where #1 ends
        first.add(fact("first", 4, FIRST_TEXT, "左右，<script>", null, null, Kind.UNKNOWN, "1"));
        first.add(fact("first", 5, FIRST_TEXT, "7%", "规上工业增加值", null, Kind.TARGET, "7"));
        first.add(fact("first", 6, FIRST_TEXT, "4186万平方米", HOSTILE_INDICATOR, null, Kind.TARGET, "4186"));
        Fact growth = fact("second", 1, SECOND_TEXT, "6.1%", "地区生产总值", "gdp", Kind.ACTUAL, "6.1");
        return List.of(
                new Document("first", "first.txt", "text/plain", Metadata.EMPTY, FIRST_TEXT,
                        List.of(), List.of(), first, List.of()),
                new Document("second", "second.txt", "text/plain", Metadata.EMPTY, SECOND_TEXT,
                        List.of(), List.of(), List.of(growth), List.of()));
    }

    static int factCount() {
        return documents().stream().mapToInt(d -> d.facts().size()).sum();
    }

    /** A fact on the first occurrence of {@code quoted} in {@code text}, with code-point offsets. */
    private static Fact fact(String doc, int n, String text, String quoted, String indicator, String indicatorId,
                             Kind kind, String value) {
        int at = text.indexOf(quoted);
        if (at < 0) {
            throw new IllegalArgumentException(quoted + " is not in the text");
        }
        int start = text.codePointCount(0, at);
        Span span = new Span(start, start + quoted.codePointCount(0, quoted.length()));
        return new Fact(doc, doc + "#" + n, indicator, indicatorId, null, Measure.GROWTH,
                new Quantity(new BigDecimal(value), null, "%", new Quantity.Amount(new BigDecimal(value), "%")),
                Qualifier.EXACT, kind, 2024, Binding.EXPECTED, quoted, text, span, span,
                List.of("二、<b>2024年</b>主要任务"), Source.TEXT, 0.9);
    }
}
