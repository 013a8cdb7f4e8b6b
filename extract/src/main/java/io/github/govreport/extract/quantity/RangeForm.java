package io.github.govreport.extract.quantity;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Unit;
import io.github.govreport.extract.Leniency;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A range: 5%—6%, 5-6个百分点, 2—3万; the unit of the second number carries back to the first.
 * 1万(含)-5万元: (含) says the first end is included; 20 - 100个: a space on each side of the mark.
 */
final class RangeForm implements NumberForm {

    /** The marks between the ends of a range: dashes, tildes, 至 and 到. */
    private static final String RANGE_MARKS = "—–-~～至到";
    /** The hundreds and thousands, everyday and financial, a lone low end may take from the upper end. */
    private static final String HUNDREDS_OR_THOUSANDS = "百千佰仟";
    private static final String HUNDREDS = "百佰";

    @Override
    public Optional<Outcome> complete(ReadNumber number) {
        String s = number.sentence();
        int unitEnd = number.unitEnd();
        int mark = unitEnd + Hedges.includedMarkAt(s, unitEnd);
        boolean spaced = mark + 1 < s.length() && s.charAt(mark) == ' ' && RANGE_MARKS.indexOf(s.charAt(mark + 1)) >= 0;
        mark += spaced ? 1 : 0;
        if (number.markedQualifier() != null || mark >= s.length() || RANGE_MARKS.indexOf(s.charAt(mark)) < 0) {
            return Optional.empty();
        }
        int second = secondStart(s, mark, spaced);
        NumberReader.Reading upper = second < s.length() ? number.context().numbers().read(s, second) : null;
        if (upper == null) {
            return Optional.empty();
        }
        BigDecimal low = lowEnd(number, upper);
        if (upper.chinese() != number.chinese() || number.maskedAt(upper.start(), upper.end()) != null
                || upper.value().compareTo(low) <= 0) {
            return Optional.empty();
        }
        return upTo(number, low, upper);
    }

    /** Where the second number starts after the mark: 5%——6%, 1万元--5万元 double the mark. */
    private static int secondStart(String s, int mark, boolean spaced) {
        int second = mark + 1;
        if (second < s.length() && (s.charAt(second) == '—' || (s.charAt(mark) == '-' && s.charAt(second) == '-'))) {
            second++;
        }
        if (spaced && second < s.length() && s.charAt(second) == ' ') {
            second++;
        }
        return second;
    }

    /** 两到三千, 五到六百: a lone digit takes the hundreds or thousands of the upper end. */
    private static BigDecimal lowEnd(ReadNumber number, NumberReader.Reading upper) {
        String s = number.sentence();
        BigDecimal low = number.value();
        if (number.chinese() && upper.chinese() && number.unit().isEmpty() && number.markedEnd() - number.start() == 1
                && upper.end() - upper.start() == 2 && HUNDREDS_OR_THOUSANDS.indexOf(s.charAt(upper.end() - 1)) >= 0) {
            low = low.multiply(BigDecimal.valueOf(HUNDREDS.indexOf(s.charAt(upper.end() - 1)) >= 0 ? 100 : 1000));
        }
        return low;
    }

    /** The range from {@code low} to the upper number, when their units agree. */
    private static Optional<Outcome> upTo(ReadNumber number, BigDecimal low, NumberReader.Reading upper) {
        String s = number.sentence();
        RecognizerContext context = number.context();
        Optional<Unit> unit = number.unit();
        Optional<Unit> upperUnit = context.unitAt(s, upper.end());
        // The first number may repeat the magnitude alone: 两千万到三千万元.
        boolean sameUnit = upperUnit.isPresent() && (unit.isEmpty()
                || unit.get().surface().equals(upperUnit.get().surface())
                || (unit.get().dimension() == Dimension.MAGNITUDE
                    && upperUnit.get().surface().startsWith(unit.get().surface())));
        if (sameUnit) {
            int end = upper.end() + upperUnit.get().surface().length();
            end += UnitKinds.isYuan(upperUnit.get()) ? context.words().renminbiAt(s, end) : 0;
            return Optional.of(Outcome.of(number.hedged(number.start(), end, low, upper.value(), upperUnit.get(),
                    null)));
        }
        // 一千到一千五百: a range of plain numbers (counted as numbers only, like any number without a unit).
        if (upperUnit.isEmpty() && unit.isEmpty() && context.leniency() == Leniency.NUMBERS) {
            return Optional.of(Outcome.of(number.hedged(number.start(), upper.end(), low, upper.value(), null, null)));
        }
        return Optional.empty();
    }
}
