package io.github.govreport.extract.quantity;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.extract.dict.QualifierLexicon;
import java.math.BigDecimal;
import java.util.Optional;

/** 增长1倍 is +100%: a multiple after a growth verb is a growth rate; 增长1倍多 is more than double. */
final class GrowthMultipleForm implements NumberForm {

    /** After 倍: more than the multiple (增长1倍多); unlike after a number, 余 is not written here. */
    private static final char MORE = '多';
    /** The aspect mark that may stand between the verb and the number (增长了1倍). */
    private static final char PERFECTIVE = '了';

    @Override
    public Optional<Outcome> complete(ReadNumber number) {
        String s = number.sentence();
        if (!number.unitIs(Dimension.MULTIPLE) || !afterGrowthVerb(number.context(), s, number.start())) {
            return Optional.empty();
        }
        int unitEnd = number.unitEnd();
        boolean more = unitEnd < s.length() && s.charAt(unitEnd) == MORE;
        Qualifier vague = number.markedQualifier();
        return Optional.of(Outcome.of(number.hedged(number.start(), more ? unitEnd + 1 : unitEnd,
                number.value().multiply(RecognizerContext.PERCENT_OF_WHOLE), null, number.context().percent(),
                more && vague == null ? Qualifier.OVER : vague).withMeasure(Measure.GROWTH)));
    }

    /** True when a growth cue (增长, 提高 …), possibly with 了, ends right before {@code start}. */
    private static boolean afterGrowthVerb(RecognizerContext context, String s, int start) {
        int hedgeStart = start - context.qualifiers().endingAt(s, start)
                .map(QualifierLexicon.Entry::surface).map(String::length).orElse(0);
        int end = hedgeStart > 0 && s.charAt(hedgeStart - 1) == PERFECTIVE ? hedgeStart - 1 : hedgeStart;
        return context.measureCues().nearestBefore(s, Math.max(0, end - 4), end, c -> c.value() == Measure.GROWTH)
                .filter(m -> m.start() + m.cue().word().length() == end).isPresent();
    }
}
