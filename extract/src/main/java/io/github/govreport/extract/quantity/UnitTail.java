package io.github.govreport.extract.quantity;

import io.github.govreport.extract.internal.text.CharClasses;
import io.github.govreport.core.Dimension;
import io.github.govreport.core.Unit;
import java.math.BigDecimal;

/**
 * What may follow a unit and still belongs to the amount: 半 (一吨半), 整 or 正 closing an amount
 * in words (壹拾万圆整), 人民币 after 元 (10亿元人民币).
 *
 * @param value the number's value, a half added
 * @param end   the end of the unit and what follows it
 */
record UnitTail(BigDecimal value, int end) {

    private static final BigDecimal A_HALF = new BigDecimal("0.5");
    /** 整, or 正 at the end of a word: no fraction of a yuan (壹拾万圆整, 壹拾壹元正). */
    private static final char WHOLE = '整';
    private static final char WHOLE_ALSO = '正';

    /** The tail of the number's unit, which must be present. */
    static UnitTail after(ReadNumber number) {
        String s = number.sentence();
        Unit unit = number.unit().orElseThrow();
        int end = number.unitEnd();
        BigDecimal value = number.value();
        if (end < s.length() && s.charAt(end) == ChineseNumerals.HALF && number.number().integer()
                && unit.dimension() != Dimension.PERCENT) {
            value = value.add(A_HALF);
            end++;
        }
        if (unit.dimension() == Dimension.CURRENCY && end < s.length() && (s.charAt(end) == WHOLE
                || (s.charAt(end) == WHOLE_ALSO && (end + 1 == s.length() || !CharClasses.isHan(s.charAt(end + 1)))))) {
            end++;
        }
        if (UnitKinds.isYuan(unit)) {
            end += number.context().words().renminbiAt(s, end);
        }
        return new UnitTail(value, end);
    }
}
