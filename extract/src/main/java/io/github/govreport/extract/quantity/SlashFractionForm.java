package io.github.govreport.extract.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** 1/3, 2.5/12.5: a fraction written with a slash (not a date 2024/3/12 nor a code 003/004). */
final class SlashFractionForm implements NumberForm {

    private static final char SLASH = '/';

    @Override
    public Optional<Outcome> complete(ReadNumber number) {
        String s = number.sentence();
        int start = number.start();
        int pos = number.markedEnd();
        if (number.chinese() || pos + 1 >= s.length() || s.charAt(pos) != SLASH
                || !NumberReader.isDigit(s.charAt(pos + 1)) || s.charAt(start) == '0'
                || (start != 0 && s.charAt(start - 1) == SLASH)) {
            return Optional.empty();
        }
        NumberReader.Reading denominator = number.context().numbers().read(s, pos + 1);
        if (denominator == null || denominator.chinese() || denominator.value().signum() == 0
                || s.charAt(pos + 1) == '0' || (denominator.end() != s.length() && s.charAt(denominator.end()) == SLASH)
                || number.maskedAt(denominator.start(), denominator.end()) != null) {
            return Optional.empty();
        }
        BigDecimal value = number.value().divide(denominator.value(), MathContext.DECIMAL64);
        return Optional.of(Outcome.of(number.signed(number.hedged(start, denominator.end(), value, null, null,
                number.markedQualifier()))));
    }
}
