package io.github.govreport.extract.quantity;

import java.util.Optional;

/**
 * 0.019, 每亿元…死亡人数0.019: a number without a unit. At the facts leniency the rules before it
 * leave only decimals in Arabic digits to it; integers and Chinese numerals alone are mostly names.
 */
final class UnitlessForm implements NumberForm {

    @Override
    public Optional<Outcome> complete(ReadNumber number) {
        if (number.unit().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Outcome.of(number.signed(number.hedged(number.start(),
                number.markedEnd(), number.value(), null, null, number.markedQualifier()))));
    }
}
