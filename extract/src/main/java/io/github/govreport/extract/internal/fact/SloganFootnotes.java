package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Footnote;
import io.github.govreport.extract.quantity.QuantityMention;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reports name their programmes by numbers in quotation marks (“33618”现代制造业集群体系, “1+7+N”
 * 渔政协助巡护机制, “一中心四板块一网格”) and spell them out in a footnote: 为3大万亿级主导产业集群…、
 * 18个“新星”产业集群. The counts of such a footnote restate the slogan's numbers; they describe
 * the programme, not a result. A count in the footnote whose value is written in the slogan is
 * therefore not a fact; other numbers there (指打造3.3公里…城市中心主轴, 42项重大项目 for “四张清单”)
 * still are. Thread-safe (stateless).
 */
final class SloganFootnotes {

    /** How far before the marker the slogan's closing quotation mark may stand (“1361”整体构架[1]). */
    private static final int QUOTE_REACH = 6;
    /** A slogan is short; a longer quotation is a name or a citation. */
    private static final int MAX_SLOGAN = 20;

    private SloganFootnotes() {
    }

    /**
     * True when {@code mention}, a number of the footnote {@code note} of {@code text}, is a count
     * that restates a number of the quoted slogan the footnote's marker follows.
     */
    static boolean restatesSlogan(String text, Footnote note, QuantityMention mention) {
        if (note.marker() == null || mention.unit() == null || mention.unit().dimension() != Dimension.COUNT
                || mention.quantity().valueMax() != null) {
            return false;
        }
        BigDecimal value = mention.quantity().value();
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0) {
            return false;
        }
        String slogan = sloganBefore(text, text.offsetByCodePoints(0, note.marker().start()));
        if (slogan == null) {
            return false;
        }
        // The slogan's numbers as digits: “1361” stays, “一中心四板块一网格” reads 141, “1+7+N” reads 17.
        return digitsOf(slogan).contains(value.toBigInteger().toString());
    }

    /** The text of the “…” that ends right before {@code marker}, or null. */
    private static String sloganBefore(String text, int marker) {
        int close = -1;
        for (int k = marker - 1; k >= Math.max(0, marker - QUOTE_REACH); k--) {
            if (text.charAt(k) == '”' || text.charAt(k) == '"') {
                close = k;
                break;
            }
        }
        if (close < 0) {
            return null;
        }
        int open = close - 1;
        while (open >= 0 && close - open <= MAX_SLOGAN + 1 && text.charAt(open) != '“') {
            open--;
        }
        if (open < 0 || text.charAt(open) != '“' || close - open - 1 <= 0) {
            return null;
        }
        return text.substring(open + 1, close);
    }

    private static String digitsOf(String slogan) {
        StringBuilder digits = new StringBuilder();
        for (int k = 0; k < slogan.length(); k++) {
            char c = slogan.charAt(k);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (CHINESE_DIGITS.indexOf(c) >= 0) {
                digits.append(CHINESE_DIGITS.indexOf(c) % 10);
            }
        }
        return digits.toString();
    }

    /** Each Chinese digit at its value modulo ten: 两 is 2 and 〇 is 0, like 二 and 零. */
    private static final String CHINESE_DIGITS = "零一二三四五六七八九〇一两";
}
