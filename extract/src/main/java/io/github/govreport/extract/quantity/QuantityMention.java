package io.github.govreport.extract.quantity;

import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Unit;

/**
 * A quantity found in a sentence.
 *
 * @param start       UTF-16 index in the sentence of the first character, hedge included
 * @param end         UTF-16 index after the last character, hedge included
 * @param numberStart UTF-16 index of the number itself, where cue words before it end
 * @param quantity    the value, range, unit and normalised value
 * @param unit        the catalogued unit, or null for a number without unit
 * @param qualifier   the hedge written on it
 * @param measure     the measure the form itself implies (增长1倍, 翻一番 are growth), or null
 */
public record QuantityMention(int start, int end, int numberStart, Quantity quantity, Unit unit, Qualifier qualifier,
                              Measure measure) {

    public QuantityMention(int start, int end, int numberStart, Quantity quantity, Unit unit, Qualifier qualifier) {
        this(start, end, numberStart, quantity, unit, qualifier, null);
    }

    QuantityMention withMeasure(Measure implied) {
        return new QuantityMention(start, end, numberStart, quantity, unit, qualifier, implied);
    }
}
