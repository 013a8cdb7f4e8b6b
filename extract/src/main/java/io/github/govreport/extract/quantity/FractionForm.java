package io.github.govreport.extract.quantity;

import io.github.govreport.core.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * 三分之一, 三千分之一: a fraction, as a decimal (not exact when the denominator is not a power of 2
 * and 5); at the facts leniency a share in % (docs/facts.md), unless it is of a unit of measure
 * (四分之一公升, 三分之二公顷).
 */
final class FractionForm implements NumberForm {

    @Override
    public Optional<Outcome> complete(ReadNumber number) {
        String s = number.sentence();
        int start = number.start();
        int pos = number.end();
        int over = pos + Denominators.runFrom(s, pos, s.length());
        if (!s.startsWith(Denominators.OVER, over)) {
            return Optional.empty();
        }
        RecognizerContext context = number.context();
        NumberReader.Reading numerator = context.numbers().read(s, over + 2);
        if (numerator == null || number.value().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal denominator = number.value().multiply(Denominators.product(s, pos, over));
        BigDecimal value = numerator.value().divide(denominator, MathContext.DECIMAL64);
        Optional<Unit> measured = context.units().longestAt(s, numerator.end()).filter(UnitKinds::isMeasurement);
        int end = numerator.end() + measured.map(u -> u.surface().length()).orElse(0);
        if (measured.isEmpty() && context.facts()) {
            return Optional.of(Outcome.of(number.hedged(start, end, percentOf(value), null, context.percent(),
                    number.number().qualifier())));
        }
        return Optional.of(Outcome.of(number.hedged(start, end, value, null, measured.orElse(null),
                number.number().qualifier())));
    }

    /**
     * A fraction of a whole as a share in % (docs/facts.md): 三分之二 → 66.67, exact where the
     * fraction terminates (一万分之三 → 0.03), else to two places.
     */
    private static BigDecimal percentOf(BigDecimal fraction) {
        BigDecimal percent = fraction.multiply(RecognizerContext.PERCENT_OF_WHOLE).stripTrailingZeros();
        if (percent.scale() > 4) {
            percent = percent.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }
}
