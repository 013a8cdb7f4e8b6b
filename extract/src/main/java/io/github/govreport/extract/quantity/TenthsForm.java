package io.github.govreport.extract.quantity;

import io.github.govreport.extract.internal.text.CharClasses;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * 八成 → 80%, 七成六 → 76%, 三成半 → 35%, 9.5成 → 95%: tenths. 成 must end a word of its own (not 成效,
 * 成本), or be followed by its digit or 半.
 */
final class TenthsForm implements NumberForm {

    private static final char TENTHS = '成';

    @Override
    public Optional<Outcome> complete(ReadNumber number) {
        String s = number.sentence();
        int start = number.start();
        int pos = number.end();
        if (!isTenths(number, s, start, pos)) {
            return Optional.empty();
        }
        BigDecimal value = number.value().multiply(BigDecimal.TEN);
        int end = pos + 1;
        if (end < s.length() && s.charAt(end) == ChineseNumerals.HALF) {
            value = value.add(BigDecimal.valueOf(5));
            end++;
        } else if (end < s.length() && ChineseNumerals.digit(s.charAt(end)) > 0) {
            value = value.add(BigDecimal.valueOf(ChineseNumerals.digit(s.charAt(end))));
            end++;
        }
        return Optional.of(Outcome.of(number.hedged(start, end, value, null, number.context().percent(),
                number.number().qualifier())));
    }

    private static boolean isTenths(ReadNumber number, String s, int start, int pos) {
        RecognizerContext context = number.context();
        return pos < s.length() && s.charAt(pos) == TENTHS && number.value().compareTo(BigDecimal.TEN) <= 0
                && context.isBoundary(s, start) && (pos + 1 >= s.length() || !CharClasses.isHan(s.charAt(pos + 1))
                    || context.isBoundary(s, pos + 1) || ChineseNumerals.digit(s.charAt(pos + 1)) > 0
                    || s.charAt(pos + 1) == ChineseNumerals.HALF);
    }
}
