package io.github.govreport.panel;

import io.github.govreport.core.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;

/** Conversions between a quantity as written and its normalised value. */
final class Quantities {

    private Quantities() {
    }

    /**
     * How many base units one written unit is (万人 → 10000). A zero quantity has no ratio to
     * read it from; its written unit is then taken as the base unit.
     */
    static BigDecimal factor(Quantity quantity) {
        if (quantity.value().signum() == 0) {
            return BigDecimal.ONE;
        }
        return quantity.normalized().value().divide(quantity.value(), MathContext.DECIMAL64);
    }

    /** The upper end of a range in the base unit, or null for a single number. */
    static BigDecimal normalizedMax(Quantity quantity) {
        return quantity.valueMax() == null ? null : quantity.valueMax().multiply(factor(quantity), MathContext.DECIMAL64);
    }

    /** {@code normalized}, a value in the base unit of {@code unitOf}, in the unit {@code unitOf} is written in. */
    static BigDecimal inWrittenUnit(BigDecimal normalized, Quantity unitOf) {
        return normalized.divide(factor(unitOf), MathContext.DECIMAL64).stripTrailingZeros();
    }
}
