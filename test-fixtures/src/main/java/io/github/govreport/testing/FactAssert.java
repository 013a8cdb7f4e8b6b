package io.github.govreport.testing;

import io.github.govreport.core.Binding;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Source;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link Fact}. Every failure names the fact by its id.
 *
 * <p>Decimals compare by value ({@code hasValue("6.10")} matches 6.1); a null expectation matches
 * an absent field ({@code hasPeriod(null)}, {@code hasUnit(null)}).
 */
public class FactAssert extends AbstractObjectAssert<FactAssert, Fact> {

    public FactAssert(Fact actual) {
        super(actual, FactAssert.class);
    }

    /** The value, or the lower end of a range, equals {@code expected}. */
    public FactAssert hasValue(String expected) {
        return hasValue(Decimals.parse(expected, "expected"));
    }

    /** The value, or the lower end of a range, equals {@code expected}. */
    public FactAssert hasValue(BigDecimal expected) {
        isNotNull();
        BigDecimal value = actual.quantity().value();
        if (!Decimals.same(value, expected)) {
            fail("value", Decimals.show(expected), Decimals.show(value));
        }
        return myself;
    }

    /** The quantity is the range {@code from}–{@code to}. */
    public FactAssert hasRange(String from, String to) {
        return hasRange(Decimals.parse(from, "from"), Decimals.parse(to, "to"));
    }

    /** The quantity is the range {@code from}–{@code to}. */
    public FactAssert hasRange(BigDecimal from, BigDecimal to) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        isNotNull();
        Quantity quantity = actual.quantity();
        if (!Decimals.same(quantity.value(), from) || !Decimals.same(quantity.valueMax(), to)) {
            fail("range", Decimals.show(from) + "–" + Decimals.show(to), quantity.isRange()
                    ? Decimals.show(quantity.value()) + "–" + Decimals.show(quantity.valueMax())
                    : Decimals.show(quantity.value()) + " (not a range)");
        }
        return myself;
    }

    /** The unit as written, magnitude included (万平方米); null for a bare number. */
    public FactAssert hasUnit(String expected) {
        return has("unit", expected, fact -> fact.quantity().unit());
    }

    /** The value in the base unit: {@code hasNormalized("41860000", "m²")}. */
    public FactAssert hasNormalized(String value, String unit) {
        isNotNull();
        BigDecimal expectedValue = Decimals.parse(value, "value");
        Quantity.Amount normalized = actual.quantity().normalized();
        if (!Decimals.same(normalized.value(), expectedValue) || !Objects.equals(normalized.unit(), unit)) {
            fail("normalized", Decimals.show(expectedValue) + " " + unit,
                    Decimals.show(normalized.value()) + " " + normalized.unit());
        }
        return myself;
    }

    public FactAssert hasIndicator(String expected) {
        return has("indicator", expected, Fact::indicator);
    }

    public FactAssert hasIndicatorId(String expected) {
        return has("indicatorId", expected, Fact::indicatorId);
    }

    public FactAssert hasMeasure(Measure expected) {
        return has("measure", expected, Fact::measure);
    }

    public FactAssert hasQualifier(Qualifier expected) {
        return has("qualifier", expected, Fact::qualifier);
    }

    public FactAssert hasKind(Kind expected) {
        return has("kind", expected, Fact::kind);
    }

    public FactAssert hasPeriod(Integer expected) {
        return has("period", expected, Fact::period);
    }

    public FactAssert hasBinding(Binding expected) {
        return has("binding", expected, Fact::binding);
    }

    /** The quantity as written in the normalised text, qualifier included (增长6%左右 → 6%左右). */
    public FactAssert hasText(String expected) {
        return has("text", expected, Fact::text);
    }

    public FactAssert hasSource(Source expected) {
        return has("source", expected, Fact::source);
    }

    public FactAssert hasSection(String... expectedPath) {
        return has("section", List.of(expectedPath), Fact::section);
    }

    /**
     * The fact holds the invariants of a fact of a document with this normalised text. Each has a
     * name, which a failure quotes:
     *
     * <ul>
     *   <li>{@code span within text}: the span ends within the text (offsets in code points);</li>
     *   <li>{@code text at span}: the text at the span is {@code fact.text()};</li>
     *   <li>{@code sentence contains text}: {@code fact.sentence()} contains {@code fact.text()};</li>
     *   <li>{@code valueMax >= value}: a range does not run backwards;</li>
     *   <li>{@code normalized value present};</li>
     *   <li>{@code confidence in [0, 1]}.</li>
     * </ul>
     */
    public FactAssert isConsistentWith(String documentText) {
        Objects.requireNonNull(documentText, "documentText must not be null");
        isNotNull();
        List<Violation> violations = FactInvariants.check(actual, documentText,
                documentText.codePointCount(0, documentText.length()));
        if (!violations.isEmpty()) {
            failWithMessage("%s", Violation.report(
                    "Expecting fact " + actual.id() + " to be consistent with the document text, but", violations));
        }
        return myself;
    }

    private <T> FactAssert has(String field, T expected, Function<Fact, T> getter) {
        isNotNull();
        T value = getter.apply(actual);
        if (!Objects.equals(value, expected)) {
            fail(field, expected, value);
        }
        return myself;
    }

    private void fail(String field, Object expected, Object actualValue) {
        // Arguments, never the format string, carry report text: it is full of '%'.
        failWithActualExpectedAndMessage(actualValue, expected, "Expecting fact %s to have %s %s but it was %s",
                actual.id(), field, expected, actualValue);
    }
}
