package io.github.govreport.extract.quantity;

import io.github.govreport.core.Qualifier;
import java.util.Optional;

/** 三五年, 八九亿韩元: a vague range written as two neighbouring digits, approximate. */
final class VagueRangeForm implements NumberForm {

    @Override
    public Optional<Outcome> complete(ReadNumber number) {
        if (number.number().valueMax() == null) {
            return Optional.empty();
        }
        return Optional.of(Outcome.of(number.hedged(number.start(), number.unitEnd(), number.value(),
                number.number().valueMax(), number.unit().orElse(null), Qualifier.APPROX)));
    }
}
