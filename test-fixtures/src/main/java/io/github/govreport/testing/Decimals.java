package io.github.govreport.testing;

import java.math.BigDecimal;

/** Decimal comparison by numeric value, so that an expected 6.10 matches an actual 6.1. */
final class Decimals {

    private Decimals() {
    }

    /** {@code text} as a decimal; a malformed expectation is a mistake in the test, not a failed assertion. */
    static BigDecimal parse(String text, String parameter) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(parameter + " is not a decimal number: '" + text + "'", e);
        }
    }

    /** True when both are null or both are numerically equal. */
    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static String show(BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
    }
}
