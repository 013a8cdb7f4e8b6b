package io.github.govreport.extract.quantity;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Unit;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * 第14位, 全国第二: an ordinal as a rank (the words that close a rank are in quantity-words.tsv).
 * At the facts leniency the rules {@link RejectionRules#ORDINAL_NAMES_A_PART} and
 * {@link RejectionRules#ORDINAL_OF_A_THING}, tried before this form, leave only ranks to it.
 */
final class OrdinalForm implements NumberForm {

    /** The unit of a rank. */
    static final Unit RANK = new Unit("位", Dimension.RANK, "位", BigDecimal.ONE);
    /** The mark of an ordinal. */
    private static final char ORDINAL_MARK = '第';

    /**
     * An ordinal as read after 第.
     *
     * @param value    its value, its magnitude included (第3万 → 30000)
     * @param end      the end of the number and its magnitude
     * @param rankWord the length of the word that follows and makes it a rank (位, 名), or 0
     */
    record Ordinal(BigDecimal value, int end, int rankWord) {

        /** The ordinal when 第 stands right before the number, else empty. */
        static Optional<Ordinal> read(ReadNumber number) {
            String s = number.sentence();
            int start = number.start();
            if (start == 0 || s.charAt(start - 1) != ORDINAL_MARK) {
                return Optional.empty();
            }
            BigDecimal value = number.value();
            int pos = number.end();
            if (pos < s.length() && ChineseNumerals.isMagnitudeChar(s.charAt(pos))) {
                // 第3万回, 第100万辆: the magnitude belongs to the ordinal.
                value = value.multiply(BigDecimal.valueOf(
                        ChineseNumerals.isTenThousand(s.charAt(pos)) ? 10_000L : 100_000_000L));
                pos++;
            }
            int rankWord = number.context().words().rankWordAt(s, pos);
            return Optional.of(new Ordinal(value, pos, rankWord));
        }
    }

    @Override
    public Optional<Outcome> complete(ReadNumber number) {
        return Ordinal.read(number).map(o -> {
            int start = number.start() - 1;
            int end = o.end() + o.rankWord();
            return Outcome.of(new QuantityMention(start, end, start, Quantity.of(o.value(), null, RANK), RANK,
                    Qualifier.EXACT));
        });
    }
}
