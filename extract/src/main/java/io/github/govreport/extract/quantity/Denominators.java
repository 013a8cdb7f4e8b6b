package io.github.govreport.extract.quantity;

import java.math.BigDecimal;

/** The magnitude characters of a written fraction's denominator (百万分之五, 三千分之一) and their product. */
final class Denominators {

    /** What stands between a fraction's denominator and its numerator (三分之一). */
    static final String OVER = "分之";
    /** The magnitudes a denominator is written with, everyday and financial. */
    private static final String MAGNITUDE_CHARS = "十百千万亿拾佰仟萬億";
    /** 十 in both forms: a denominator of tens is a numeral (三十分之一), not a magnitude after it. */
    private static final String TENS = "十拾";

    private Denominators() {
    }

    /** How many magnitude characters (十百千万亿) end at {@code end}. */
    static int runBefore(String s, int end) {
        int k = end;
        while (k > 0 && MAGNITUDE_CHARS.indexOf(s.charAt(k - 1)) >= 0) {
            k--;
        }
        return end - k;
    }

    /** How many magnitude characters other than 十 start at {@code from}, before {@code to}. */
    static int runFrom(String s, int from, int to) {
        int k = from;
        while (k < to && MAGNITUDE_CHARS.indexOf(s.charAt(k)) >= 0 && TENS.indexOf(s.charAt(k)) < 0) {
            k++;
        }
        return k - from;
    }

    /** The product of the magnitude characters in [from, to): 百万 → 1000000; 1 when empty. */
    static BigDecimal product(String s, int from, int to) {
        BigDecimal product = BigDecimal.ONE;
        for (int k = from; k < to; k++) {
            long factor = switch (ChineseNumerals.everyday(String.valueOf(s.charAt(k))).charAt(0)) {
                case '十' -> 10L;
                case '百' -> 100L;
                case '千' -> 1000L;
                case '万' -> 10_000L;
                default -> 100_000_000L;
            };
            product = product.multiply(BigDecimal.valueOf(factor));
        }
        return product;
    }
}
