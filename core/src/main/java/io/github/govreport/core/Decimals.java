package io.github.govreport.core;

import java.math.BigDecimal;

/** The one canonical form of a decimal in the model, so that equal numbers are equal records. */
final class Decimals {

    private Decimals() {
    }

    /**
     * Strips trailing zeros without ever producing a negative scale: 6.10 becomes 6.1, and
     * 3014579000000.00 becomes 3014579000000 (not 3.014579E+12).
     */
    static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
