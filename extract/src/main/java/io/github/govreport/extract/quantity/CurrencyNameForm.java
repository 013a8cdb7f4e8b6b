package io.github.govreport.extract.quantity;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Unit;
import java.util.Optional;

/**
 * 人民币50亿元, 港币2960元, 新台币 177.1 亿元: the currency named before an amount in 元, which
 * makes the unit that currency's (亿元 of 新台币 is 亿新台币); a name of the renminbi
 * (quantity-words.tsv) keeps the unit.
 */
final class CurrencyNameForm implements NumberForm {

    @Override
    public Optional<Outcome> complete(ReadNumber number) {
        Optional<Unit> yuan = number.unit().filter(UnitKinds::isYuan);
        if (yuan.isEmpty()) {
            return Optional.empty();
        }
        String s = number.sentence();
        UnitTail tail = UnitTail.after(number);
        int name = number.start();
        while (name > 0 && s.charAt(name - 1) == ' ') {
            name--;
        }
        for (int k = Math.min(name, 3); k >= 2; k--) {
            Optional<Unit> currency = currencyOf(number.context(), s.substring(name - k, name), yuan.get());
            if (currency.isPresent() && number.context().isBoundary(s, name - k)) {
                return Optional.of(Outcome.of(number.context().hedges().attach(s, name - k, tail.end(), number.start(),
                        tail.value(), null, currency.get(), number.markedQualifier())));
            }
        }
        return Optional.empty();
    }

    /** The magnitude of a unit in 元: 亿 of 亿元, empty for 元. */
    private static String magnitudeOf(Unit yuan) {
        return yuan.surface().substring(0, yuan.surface().length() - 1);
    }

    /** The unit of an amount in {@code yuan} when {@code word} names its currency. */
    private static Optional<Unit> currencyOf(RecognizerContext context, String word, Unit yuan) {
        if (context.words().isRenminbi(word)) {
            return Optional.of(yuan);
        }
        return context.units().get(word).filter(u -> u.dimension() == Dimension.CURRENCY)
                .flatMap(u -> context.units().get(magnitudeOf(yuan) + u.surface()));
    }
}
