package io.github.govreport.core;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number or range with its unit, as written, and its value in the base unit.
 *
 * <p>{@code value} is the number as written in Arabic numerals with the magnitude kept in the
 * unit (4186 + 万平方米); {@code normalized} is value × magnitude in the base unit (41860000 m²).
 * Decimals are kept in one canonical form (no trailing zeros, never an exponent), so that a
 * quantity read back from JSON equals the one that was written.
 *
 * @param value      the number, or the lower end of a range
 * @param valueMax   the upper end of a range (5%—6% → 6), or null
 * @param unit       the unit as written, with its magnitude; null when the report gives none
 * @param normalized {@code value} in the base unit
 */
public record Quantity(BigDecimal value, @Nullable BigDecimal valueMax, @Nullable String unit, Amount normalized) {

    public Quantity {
        Objects.requireNonNull(value, "quantity value must not be null");
        Objects.requireNonNull(normalized, "quantity normalized must not be null");
        value = Decimals.canonical(value);
        valueMax = Decimals.canonical(valueMax);
        if (valueMax != null && valueMax.compareTo(value) < 0) {
            throw new IllegalArgumentException("quantity valueMax " + valueMax.toPlainString()
                    + " is below value " + value.toPlainString());
        }
        if (unit != null && unit.isBlank()) {
            throw new IllegalArgumentException("quantity unit must be null or non-blank");
        }
    }

    /** A quantity in a catalogued unit, normalised with the unit's factor. */
    public static Quantity of(BigDecimal value, BigDecimal valueMax, Unit unit) {
        Objects.requireNonNull(unit, "unit must not be null");
        return new Quantity(value, valueMax, unit.surface(),
                new Amount(unit.normalize(value), unit.baseUnit()));
    }

    /** A bare number that the report gives without a unit. */
    public static Quantity unitless(BigDecimal value, BigDecimal valueMax) {
        return new Quantity(value, valueMax, null, new Amount(value, null));
    }

    public boolean isRange() {
        return valueMax != null;
    }

    /**
     * A value in a base unit.
     *
     * @param value the value, exactly
     * @param unit  the base unit (m², CNY, %, …), or null for a number without unit
     */
    public record Amount(BigDecimal value, @Nullable String unit) {
        public Amount {
            Objects.requireNonNull(value, "normalized value must not be null");
            value = Decimals.canonical(value);
        }
    }
}
