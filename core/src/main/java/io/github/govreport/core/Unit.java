package io.github.govreport.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit as a report writes it, with what it means: 万平方米 is area, 10000 × m².
 *
 * @param surface   the unit as written, magnitude included: 万平方米, 亿元, %, 个百分点
 * @param dimension what the unit measures
 * @param baseUnit  the unit that normalised values are expressed in: m², CNY, %, 人; null only for a
 *                  bare magnitude (2650万), whose normalised value is a plain number
 * @param factor    how many base units one {@code surface} unit is: 万平方米 → 10000
 */
public record Unit(String surface, Dimension dimension, String baseUnit, BigDecimal factor) {

    /** The unit of a ratio a:1 (城乡居民收入比 2.28:1), written {@code ratio}. */
    public static final Unit RATIO = new Unit("ratio", Dimension.RATIO, "ratio", BigDecimal.ONE);

    public Unit {
        requireText(surface, "surface");
        Objects.requireNonNull(dimension, "unit dimension must not be null");
        if (dimension == Dimension.MAGNITUDE ? baseUnit != null : baseUnit == null || baseUnit.isBlank()) {
            throw new IllegalArgumentException("unit " + surface + ": baseUnit must be "
                    + (dimension == Dimension.MAGNITUDE ? "null for a bare magnitude" : "given"));
        }
        Objects.requireNonNull(factor, "unit factor must not be null");
        if (factor.signum() <= 0) {
            throw new IllegalArgumentException("unit factor must be positive, was " + factor + " for " + surface);
        }
        factor = Decimals.canonical(factor);
    }

    /** A unit that is its own base unit (factor 1). */
    public static Unit base(String surface, Dimension dimension) {
        return new Unit(surface, dimension, surface, BigDecimal.ONE);
    }

    /** {@code value} expressed in the base unit, exactly. */
    public BigDecimal normalize(BigDecimal value) {
        return Decimals.canonical(value.multiply(factor));
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("unit " + field + " must not be blank");
        }
    }
}
