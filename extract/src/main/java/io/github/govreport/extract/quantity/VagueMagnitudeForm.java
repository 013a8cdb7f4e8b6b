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
        if (number.markedQualifier() != null || !number.unitIs(Dimension.MAGNITUDE) || unitEnd >= s.length()
                || ReadNumber.OVER_MARKS.indexOf(s.charAt(unitEnd)) < 0) {
            return Optional.empty();
        }
        RecognizerContext context = number.context();
        Unit magnitude = number.unit().orElseThrow();
        Optional<Unit> rest = context.unitAt(s, unitEnd + 1)
                .flatMap(u -> context.units().get(magnitude.surface() + u.surface()));
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        int end = unitEnd + 1 + rest.get().surface().length() - magnitude.surface().length();
        return Optional.of(Outcome.of(Signs.signed(s, number.hedged(number.start(), end, number.value(), null,
                rest.get(), Qualifier.OVER))));
    }
}
