package io.github.govreport.extract.quantity;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Unit;
import java.util.Optional;

/** 3万多元, 300余万户: 多 or 余 between the magnitude and the rest of the unit, more than the amount. */
final class VagueMagnitudeForm implements NumberForm {

    @Override
    public Optional<Outcome> complete(ReadNumber number) {
        String s = number.sentence();
        int unitEnd = number.unitEnd();
        RecognizerContext context = number.context();
        int mark = context.words().overMarkAt(s, unitEnd);
        if (number.markedQualifier() != null || !number.unitIs(Dimension.MAGNITUDE) || mark == 0) {
            return Optional.empty();
        }
        Unit magnitude = number.unit().orElseThrow();
        Optional<Unit> rest = context.unitAt(s, unitEnd + mark)
                .flatMap(u -> context.units().get(magnitude.surface() + u.surface()));
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        int end = unitEnd + mark + rest.get().surface().length() - magnitude.surface().length();
        return Optional.of(Outcome.of(number.signed(number.hedged(number.start(), end, number.value(), null,
                rest.get(), Qualifier.OVER))));
    }
}
