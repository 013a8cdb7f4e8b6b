package io.github.govreport.extract.quantity;

import java.util.Optional;

/** 百分百: the whole, 100 % (as 百分之百), the number being its last 百. */
final class WholePercentForm implements NumberForm {

    /** The whole in words, whose last 百 NumberReader reads as 100. */
    static final String WHOLE = "百分百";

    @Override
    public Optional<Outcome> complete(ReadNumber number) {
        String s = number.sentence();
        int start = number.start();
        if (start < 2 || !s.startsWith(WHOLE, start - 2)) {
            return Optional.empty();
        }
        return Optional.of(Outcome.of(number.hedged(start - 2, number.end(), number.value(), null,
                number.context().percent(), number.number().qualifier())));
    }
}
