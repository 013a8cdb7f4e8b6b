package io.github.govreport.testing;

import io.github.govreport.core.Quantity;
import java.math.BigDecimal;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on a {@link Quantity}; decimals compare by value, as in {@link FactAssert}. */
public class QuantityAssert extends AbstractObjectAssert<QuantityAssert, Quantity> {

    public QuantityAssert(Quantity actual) {
        super(actual, QuantityAssert.class);
    }

    public QuantityAssert hasValue(String expected) {
        return hasValue(Decimals.parse(expected, "expected"));
    }

    public QuantityAssert hasValue(BigDecimal expected) {
        isNotNull();
        if (!Decimals.same(actual.value(), expected)) {
            fail("value", Decimals.show(expected), Decimals.show(actual.value()));
        }
        return myself;
    }

    /** The unit as written, magnitude included; null for a bare number. */
    public QuantityAssert hasUnit(String expected) {
        isNotNull();
        if (!Objects.equals(actual.unit(), expected)) {
            fail("unit", expected, actual.unit());
        }
        return myself;
    }

    /** The value in the base unit: {@code hasNormalized("41860000", "m²")}. */
    public QuantityAssert hasNormalized(String value, String unit) {
        isNotNull();
        BigDecimal expectedValue = Decimals.parse(value, "value");
        Quantity.Amount normalized = actual.normalized();
        if (!Decimals.same(normalized.value(), expectedValue) || !Objects.equals(normalized.unit(), unit)) {
            fail("normalized", Decimals.show(expectedValue) + " " + unit,
                    Decimals.show(normalized.value()) + " " + normalized.unit());
        }
        return myself;
    }

    private void fail(String field, Object expected, Object actualValue) {
        failWithActualExpectedAndMessage(actualValue, expected, "Expecting quantity %s %s to have %s %s but it was %s",
                Decimals.show(actual.value()), actual.unit(), field, expected, actualValue);
    }
}
