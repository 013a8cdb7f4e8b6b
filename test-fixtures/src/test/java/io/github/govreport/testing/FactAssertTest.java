package io.github.govreport.testing;

import static io.github.govreport.testing.ModelAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.core.Binding;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Source;
import io.github.govreport.core.Span;
import java.math.BigDecimal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class FactAssertTest {

    private final Fact target = Fixtures.growthTarget();

    @Test
    void passesOnAValidFact() {
        assertThat(target)
                .hasValue("6").hasValue(new BigDecimal("6.00")).hasUnit("%").hasNormalized("6.0", "%")
                .hasIndicator("地区生产总值").hasIndicatorId("gdp").hasMeasure(Measure.GROWTH)
                .hasQualifier(Qualifier.APPROX).hasKind(Kind.TARGET).hasPeriod(2024).hasBinding(Binding.EXPECTED)
                .hasText("6%左右").hasSource(Source.TEXT).hasSection("二、2024年主要任务")
                .isConsistentWith(Fixtures.TEXT);
        assertThat(Fixtures.areaTarget()).hasNormalized("41860000", "m²").hasIndicatorId(null).hasBinding(null);
    }

    @Test
    void eachFieldCheckNamesTheFactAndTheExpectedAndActualValues() {
        assertFails(() -> assertThat(target).hasValue("6.1"), "value 6.1 but it was 6");
        assertFails(() -> assertThat(target).hasUnit("个百分点"), "unit 个百分点 but it was %");
        assertFails(() -> assertThat(target).hasNormalized("6", "CNY"), "normalized 6 CNY but it was 6 %");
        assertFails(() -> assertThat(target).hasIndicator("GDP"), "indicator GDP but it was 地区生产总值");
        assertFails(() -> assertThat(target).hasIndicatorId(null), "indicatorId null but it was gdp");
        assertFails(() -> assertThat(target).hasMeasure(Measure.LEVEL), "measure LEVEL but it was GROWTH");
        assertFails(() -> assertThat(target).hasQualifier(Qualifier.EXACT), "qualifier EXACT but it was APPROX");
        assertFails(() -> assertThat(target).hasKind(Kind.ACTUAL), "kind ACTUAL but it was TARGET");
        assertFails(() -> assertThat(target).hasPeriod(2023), "period 2023 but it was 2024");
        assertFails(() -> assertThat(target).hasBinding(Binding.BINDING), "binding BINDING but it was EXPECTED");
        assertFails(() -> assertThat(target).hasText("6%"), "text 6% but it was 6%左右");
        assertFails(() -> assertThat(target).hasSource(Source.TABLE), "source TABLE but it was TEXT");
        assertFails(() -> assertThat(target).hasSection(), "section [] but it was [二、2024年主要任务]");
    }

    @Test
    void hasRangeChecksBothEnds() {
        assertThat(Fixtures.rangeTarget()).hasRange("5", "6").hasValue("5");
        assertFails(() -> assertThat(Fixtures.rangeTarget()).hasRange("5", "7"), "range 5–7 but it was 5–6");
        assertFails(() -> assertThat(target).hasRange("6", "7"), "range 6–7 but it was 6 (not a range)");
    }

    @Test
    void aMalformedExpectationIsAnErrorInTheTestNotAFailedAssertion() {
        assertThatThrownBy(() -> assertThat(target).hasValue("6%"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected is not a decimal number: '6%'");
    }

    @Test
    void isConsistentWithFailsWhenTheSpanHoldsOtherText() {
        // same length as 6%左右, so the Fact constructor accepts it
        Fact misplaced = Fixtures.moved(target, Fixtures.spanOf("6.1%"), target.sentence());
        assertFails(() -> assertThat(misplaced).isConsistentWith(Fixtures.TEXT),
                "fact d#2 breaks \"text at span\": expected the text at " + show(Fixtures.spanOf("6.1%"))
                        + " to be \"6%左右\" (fact.text) but it was \"6.1%\"");
    }

    @Test
    void isConsistentWithFailsWhenTheSentenceLacksTheText() {
        Fact fact = Fixtures.moved(target, target.span(), Fixtures.REVIEW_SENTENCE);
        assertFails(() -> assertThat(fact).isConsistentWith(Fixtures.TEXT),
                "fact d#2 breaks \"sentence contains text\": expected sentence \"地区生产总值增长6.1%。\" to contain \"6%左右\"");
    }

    @Test
    void isConsistentWithFailsWhenTheSpanRunsPastTheText() {
        assertFails(() -> assertThat(target).isConsistentWith("地区生产总值增长6%"),
                "fact d#2 breaks \"span within text\": expected the span to end by 10");
    }

    @Test
    void isConsistentWithReportsEveryBrokenInvariant() {
        Fact fact = Fixtures.moved(target, Fixtures.spanOf("6.1%"), "另一句");
        assertFails(() -> assertThat(fact).isConsistentWith(Fixtures.TEXT),
                "Expecting fact d#2 to be consistent with the document text, but 2 invariants failed:");
    }

    @Test
    void aNullFactFailsEveryCheck() {
        assertThatThrownBy(() -> assertThat((Fact) null).hasValue("6")).isInstanceOf(AssertionError.class);
    }

    private static String show(Span span) {
        return "[" + span.start() + ", " + span.end() + ")";
    }

    private static void assertFails(ThrowingCallable assertion, String message) {
        assertThatThrownBy(assertion).isInstanceOf(AssertionError.class)
                .hasMessageContaining("fact d#2")
                .hasMessageContaining(message);
    }
}
