package io.github.govreport.extract.quantity;

import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Unit;
import io.github.govreport.extract.Leniency;
import io.github.govreport.extract.dict.QualifierLexicon;
import io.github.govreport.extract.dict.QuantityWords;
import io.github.govreport.extract.segment.Segmenter;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes the mention of a quantity with the hedges written before and after it (约, 超过, 以上,
 * 左右 from qualifiers.tsv), which widen the mention and give its qualifier. Immutable.
 */
final class Hedges {

    /** After a quantity and its hedge: it names the target a result is compared with (3.5%左右的年度调控目标). */
    private static final Pattern TARGET_AFTER = Pattern.compile("^的[^，。；,;：]{0,8}目标");

    private final QualifierLexicon qualifiers;
    private final QuantityWords words;
    private final Segmenter segmenter;
    private final Leniency leniency;

    Hedges(QualifierLexicon qualifiers, QuantityWords words, Segmenter segmenter, Leniency leniency) {
        this.qualifiers = qualifiers;
        this.words = words;
        this.segmenter = segmenter;
        this.leniency = leniency;
    }

    /**
     * The mention of the quantity written in [start, end), its number starting at {@code numberStart},
     * widened by the hedges around it; {@code vague} is the qualifier the number itself carries (几十,
     * 300多), which a hedge before it overrides.
     */
    QuantityMention attach(String s, int start, int end, int numberStart, BigDecimal value, BigDecimal valueMax,
                           Unit unit, Qualifier vague) {
        Quantity quantity = unit == null ? Quantity.unitless(value, valueMax) : Quantity.of(value, valueMax, unit);
        Qualifier qualifier = vague;
        int from = start;
        int to = end;
        // A hedge is a word of its own: 约 in 签约 or 节约, 近 in 附近, is part of another word.
        Optional<QualifierLexicon.Entry> before = qualifiers.endingAt(s, start)
                .filter(q -> segmenter.isBoundary(s, start - q.surface().length()));
        // 超过了80, 至少有10个: a link word of quantity-words.tsv may stand between the hedge and the
        // number; 超  100家: so may the spaces of a justified PDF line.
        int link = before.isEmpty() ? words.hedgeLinkBefore(s, start) : 0;
        int verb = link > 0 ? link : before.isEmpty() ? spacesBefore(s, start) : 0;
        if (verb > 0) {
            int gap = verb;
            before = qualifiers.endingAt(s, start - gap)
                    .filter(q -> segmenter.isBoundary(s, start - gap - q.surface().length()));
        }
        // 50万元（含）以上: (含) says the bound is included.
        int included = includedMarkAt(s, end);
        Optional<QualifierLexicon.Entry> after = qualifiers.startingAt(s, end + included)
                .filter(q -> segmenter.isBoundary(s, end + included + q.surface().length()));
        if (after.isPresent()) {
            to = end + included + after.get().surface().length();
        }
        // 低于3.5%左右的调控目标: a comparison with a target, not a hedge on it.
        if (before.isPresent() && leniency == Leniency.FACTS && isComparison(before.get().surface())
                && namesATarget(s, to)) {
            before = Optional.empty();
        }
        if (before.isPresent()) {
            from = start - verb - before.get().surface().length();
            qualifier = before.get().qualifier();
        }
        if (after.isPresent() && qualifier == null) {
            qualifier = after.get().qualifier();
        }
        return new QuantityMention(from, to, numberStart, quantity, unit,
                qualifier == null ? Qualifier.EXACT : qualifier);
    }

    /** The length of (含) or （含） at {@code at}, which says that a bound is included (50万元（含）以上), or 0. */
    static int includedMarkAt(String s, int at) {
        return s.startsWith("（含）", at) || s.startsWith("(含)", at) ? 3 : 0;
    }

    /**
     * Whether the quantity ending at {@code end} (its hedge included) is followed by words that make
     * it the target a result is compared with: 3.5%左右的年度调控目标, 6%的预期目标.
     */
    static boolean namesATarget(String s, int end) {
        return TARGET_AFTER.matcher(s).region(end, s.length()).lookingAt();
    }

    /** 高于, 低于, 多于: a plain comparison (not 不低于, which bounds the number it stands before). */
    private static boolean isComparison(String hedge) {
        return hedge.length() == 2 && hedge.endsWith("于");
    }

    /** How many spaces (at most three) stand right before {@code at}. */
    private static int spacesBefore(String s, int at) {
        int k = at;
        while (k > 0 && at - k < 3 && (s.charAt(k - 1) == ' ' || s.charAt(k - 1) == '\u3000')) {
            k--;
        }
        return at - k;
    }
}
