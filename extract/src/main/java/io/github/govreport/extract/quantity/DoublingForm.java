package io.github.govreport.extract.quantity;

import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Unit;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 翻一番 → +100%, 翻两番 → +300%: doubling n times is growth of 2ⁿ − 1. */
final class DoublingForm implements WordForm {

    private static final Pattern DOUBLING = Pattern.compile("翻了?([一二两三四五]|[0-9])番");

    private final Unit percent;

    DoublingForm(RecognizerContext context) {
        this.percent = context.percent();
    }

    @Override
    public Optional<QuantityMention> at(String s, int i) {
        // Only 翻 can start the form: tried elsewhere, the matcher costs an allocation per character.
        if (s.charAt(i) != '翻') {
            return Optional.empty();
        }
        Matcher m = DOUBLING.matcher(s).region(i, s.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String times = m.group(1);
        int n = Character.isDigit(times.charAt(0)) ? Integer.parseInt(times) : ChineseNumerals.digit(times.charAt(0));
        BigDecimal growth = BigDecimal.valueOf(2).pow(n).subtract(BigDecimal.ONE)
                .multiply(RecognizerContext.PERCENT_OF_WHOLE);
        return Optional.of(new QuantityMention(i, m.end(), i, Quantity.of(growth, null, percent), percent,
                Qualifier.EXACT, Measure.GROWTH));
    }
}
