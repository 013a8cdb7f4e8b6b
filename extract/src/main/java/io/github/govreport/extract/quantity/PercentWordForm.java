package io.github.govreport.extract.quantity;

import java.util.Map;
import java.util.Optional;

/**
 * 百分之五, 千分之三, 万分之二: the percent, permille or permyriad written in words (仟分之贰, 萬分之肆
 * in their financial or traditional form too); 百分之负三点八, the spoken minus after 百分之, makes
 * the percent negative. These three words are the numeral system's own, not a list that grows.
 */
final class PercentWordForm implements NumberForm {

    /** Percent in words, whose 百 NumberReader also reads as 100 in 百分之百. */
    static final String PERCENT = "百分之";
    private static final Map<String, String> UNIT_OF_WORD = Map.of(PERCENT, "%", "千分之", "‰", "万分之", "‱");
    private static final String SPOKEN_MINUS = PERCENT + "负";

    @Override
    public Optional<Outcome> complete(ReadNumber number) {
        String s = number.sentence();
        int start = number.start();
        int minus = start >= 4 && s.startsWith(SPOKEN_MINUS, start - 4) ? 1 : 0;
        String before = start - minus >= 3
                ? ChineseNumerals.everyday(s.substring(start - minus - 3, start - minus)) : "";
        String unit = UNIT_OF_WORD.get(before);
        if (unit == null) {
            return Optional.empty();
        }
        RecognizerContext context = number.context();
        if (minus == 1) {
            return Optional.of(Outcome.of(number.hedged(start - 4, number.end(), number.value().negate(), null,
                    context.percent(), number.number().qualifier())));
        }
        return Optional.of(Outcome.of(number.signed(number.hedged(start - 3, number.end(), number.value(), null,
                context.unit(unit), number.number().qualifier()))));
    }
}
