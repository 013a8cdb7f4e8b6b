package io.github.govreport.extract.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * 百万分之五, 千万分之六: a fraction whose denominator is magnitudes alone, as a number without unit
 * ({@link PercentWordForm} reads 百分之, 千分之 and 万分之, which have units).
 */
final class MagnitudeFractionForm implements NumberForm {

    @Override
    public Optional<Outcome> complete(ReadNumber number) {
        String s = number.sentence();
        int start = number.start();
        BigDecimal magnitudes = magnitudesBefore(s, start);
        if (magnitudes == null) {
            return Optional.empty();
        }
        int from = start - 2 - Denominators.runBefore(s, start - 2);
        return Optional.of(Outcome.of(number.context().hedges().attach(s, from, number.end(), from,
                number.value().divide(magnitudes, MathContext.DECIMAL64), null, null, number.number().qualifier())));
    }

    /**
     * The denominator of 百万分之 or 千万分之 right before {@code start}: two or more magnitude characters
     * and 分之, with no numeral before them; null otherwise.
     */
    private static BigDecimal magnitudesBefore(String s, int start) {
        if (start < 4 || !s.startsWith(Denominators.OVER, start - 2)) {
            return null;
        }
        int run = Denominators.runBefore(s, start - 2);
        int from = start - 2 - run;
        if (run < 2 || (from > 0 && (ChineseNumerals.isNumeralChar(s.charAt(from - 1))
                || NumberReader.isDigit(s.charAt(from - 1))))) {
            return null;
        }
        return Denominators.product(s, from, start - 2);
    }
}
