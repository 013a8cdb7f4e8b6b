package io.github.govreport.extract.quantity;

import io.github.govreport.extract.internal.text.CharClasses;
import io.github.govreport.core.Quantity;
import io.github.govreport.extract.dict.QuantityWords;

/** A minus sign, 负 or 零下 right before a quantity makes it negative (负5%, 零下5℃, -3%). Immutable. */
final class Signs {

    private static final String MINUS_SIGNS = "-−";
    /** 负 in its simplified and traditional forms. */
    private static final String MINUS_WORDS = "负負";

    private final QuantityWords words;

    Signs(QuantityWords words) {
        this.words = words;
    }

    /** The mention made negative, and widened to the sign, when a sign stands right before it. */
    QuantityMention signed(String s, QuantityMention mention) {
        int start = mention.start();
        int prefix = 0;
        if (s.startsWith("零下", start - 2)) {
            prefix = 2;
        } else if (s.startsWith("负的", start - 2) && isMinusWord(s, start - 2)) {
            prefix = 2;     // 负的百分之六十: -60 %
        } else if (start > 0 && ((MINUS_WORDS.indexOf(s.charAt(start - 1)) >= 0 && isMinusWord(s, start - 1))
                || (MINUS_SIGNS.indexOf(s.charAt(start - 1)) >= 0
                    && (start == 1 || !CharClasses.isAsciiLetterOrDigit(s.charAt(start - 2)))))) {
            prefix = 1;
        }
        if (prefix == 0 || mention.start() != mention.numberStart()) {
            return mention;
        }
        Quantity q = mention.quantity();
        Quantity negative = mention.unit() == null ? Quantity.unitless(q.value().negate(), null)
                : Quantity.of(q.value().negate(), null, mention.unit());
        return new QuantityMention(start - prefix, mention.end(), start - prefix, negative, mention.unit(),
                mention.qualifier(), mention.measure());
    }

    /**
     * 负 is a minus sign after a non-Chinese character or a word of quantity-words.tsv (为, 是, 至:
     * 增速为负5%), not inside a word (减负65亿元).
     */
    private boolean isMinusWord(String s, int at) {
        return at == 0 || !CharClasses.isHan(s.charAt(at - 1)) || words.endsBeforeMinus(s, at);
    }
}
