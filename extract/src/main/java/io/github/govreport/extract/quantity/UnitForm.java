package io.github.govreport.extract.quantity;

import java.util.Optional;

/** 3.5万吨, 一吨半, 壹拾万圆整: a number with its unit (and the unit's magnitude), the last form. */
final class UnitForm implements NumberForm {

    @Override
    public Optional<Outcome> complete(ReadNumber number) {
        if (number.unit().isEmpty()) {
            return Optional.empty();
        }
        UnitTail tail = UnitTail.after(number);
        return Optional.of(Outcome.of(number.signed(number.hedged(number.start(), tail.end(),
                tail.value(), null, number.unit().get(), number.markedQualifier()))));
    }
}
