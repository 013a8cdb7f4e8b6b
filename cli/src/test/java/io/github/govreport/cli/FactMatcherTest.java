package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Source;
import io.github.govreport.core.Span;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pairing the facts of two runs by what they say. */
class FactMatcherTest {

    private static final String SENTENCE = "地区生产总值增长6%，规上工业增加值增长7%。";

    @Test
    void equalFactsArePairedInOrderWhereverTheyAre() {
        Fact first = fact("r", "地区生产总值", "6", Kind.TARGET, SENTENCE, 10);
        Fact again = fact("r", "地区生产总值", "6", Kind.TARGET, SENTENCE, 40);
        // 6.0 is 6, and a line break where the TXT has none is no other sentence.
        Fact moved = fact("r", "地区生产总值", "6.0", Kind.TARGET, "地区生产总值\n增长6%，规上工业增加值增长7%。", 500);
        Fact movedAgain = fact("r", "地区生产总值", "6", Kind.TARGET, SENTENCE, 530);
        Fact extra = fact("r", "地区生产总值", "6", Kind.TARGET, SENTENCE, 560);

        assertThat(FactMatcher.match(List.of(first, again), List.of(moved, movedAgain, extra))).containsExactly(
                new FactMatcher.Match(first, moved), new FactMatcher.Match(again, movedAgain),
                new FactMatcher.Match(null, extra));
    }

    @Test
    void ofTheRestTheMostSimilarArePairedFirstNotTheFirstInOrder() {
        Fact gdp = fact("r", "地区生产总值", "6", Kind.TARGET, SENTENCE, 10);
        Fact industry = fact("r", "规上工业增加值", "7", Kind.TARGET, SENTENCE, 20);
        Fact gdpNow = fact("r", "地区生产总值", "6", Kind.ACTUAL, SENTENCE, 10);
        Fact industryNow = fact("r", "规上工业增加值", "7", Kind.ACTUAL, SENTENCE, 20);

        // gdp and industryNow share their sentence and differ in three fields: a candidate, but a worse one.
        assertThat(FactMatcher.match(List.of(gdp, industry), List.of(industryNow, gdpNow))).containsExactly(
                new FactMatcher.Match(gdp, gdpNow), new FactMatcher.Match(industry, industryNow));
    }

    @Test
    void factsThatShareNeitherSentenceNorQuantityOrDifferTooMuchAreNotPaired() {
        Fact gdp = fact("r", "地区生产总值", "6", Kind.TARGET, SENTENCE, 10);
        Fact elsewhere = fact("r", "地区生产总值", "6.5", Kind.TARGET, "地区生产总值增长6.5%。", 10);
        Fact tooDifferent = new Fact("r", "r#9", "城镇新增就业", null, null, Measure.INCREASE,
                new Quantity(new BigDecimal("70"), null, "万人", new Quantity.Amount(new BigDecimal("700000"), "人")),
                Qualifier.AT_LEAST, Kind.ACTUAL, 2023, null,
                "70万人", SENTENCE, new Span(10, 14), null, List.of(), Source.TEXT, 0.9);

        assertThat(FactMatcher.match(List.of(gdp), List.of(elsewhere, tooDifferent))).containsExactly(
                new FactMatcher.Match(gdp, null), new FactMatcher.Match(null, elsewhere),
                new FactMatcher.Match(null, tooDifferent));
    }

    @Test
    void factsOfDifferentDocumentsAreNeverPaired() {
        Fact a = fact("a", "地区生产总值", "6", Kind.TARGET, SENTENCE, 10);
        Fact b = fact("b", "地区生产总值", "6", Kind.TARGET, SENTENCE, 10);

        assertThat(FactMatcher.match(List.of(a), List.of(b))).containsExactly(
                new FactMatcher.Match(a, null), new FactMatcher.Match(null, b));
    }

    private static Fact fact(String doc, String indicator, String value, Kind kind, String sentence, int start) {
        String text = value + "%";
        return new Fact(doc, doc + "#" + start, indicator, null, null, Measure.GROWTH,
                new Quantity(new BigDecimal(value), null, "%", new Quantity.Amount(new BigDecimal(value), "%")),
                Qualifier.EXACT, kind, 2024, null, text, sentence,
                new Span(start, start + text.length()), null, List.of(), Source.TEXT, 0.9);
    }
}
