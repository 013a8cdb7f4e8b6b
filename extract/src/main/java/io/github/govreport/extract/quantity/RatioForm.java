package io.github.govreport.extract.quantity;

import io.github.govreport.core.Unit;
import java.util.Optional;

/** 2.28：1, 2.5:1: a ratio to one, in Arabic digits. */
final class RatioForm implements NumberForm {

    /** The colon of a ratio, full-width or ASCII. */
    private static final String COLONS = "：:";

    @Override
    public Optional<Outcome> complete(ReadNumber number) {
        String s = number.sentence();
        int pos = number.markedEnd();
        if (number.chinese() || pos + 1 >= s.length() || COLONS.indexOf(s.charAt(pos)) < 0
                || s.charAt(pos + 1) != '1' || (pos + 2 != s.length() && (NumberReader.isDigit(s.charAt(pos + 2))
                    || s.charAt(pos + 2) == '.'))) {
            return Optional.empty();
        }
        return Optional.of(Outcome.of(number.hedged(number.start(), pos + 2, number.value(), null, Unit.RATIO,
                number.markedQualifier())));
    }
}
