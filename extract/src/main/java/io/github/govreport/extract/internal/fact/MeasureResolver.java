package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Measure;
import io.github.govreport.extract.dict.CueLexicon;
import io.github.govreport.extract.internal.text.CharClasses;
import io.github.govreport.extract.quantity.QuantityMention;
import io.github.govreport.extract.segment.Segmenter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what kind of number a quantity is: a ratio or rank by its unit, growth where the form
 * says so (增长1倍, 翻一番), else by the nearest cue verb of its clause (增长, 下降, 新增, 累计, 占 …);
 * a plain amount is a level. Rate cues (增长, 占) apply only to rates (%, 个百分点, 倍). Two readings
 * go beyond the cue list: 新 before a verb (新筹集, 新配租, 新开行) says the amount is new, an
 * increase; and a clause that is only a name and a number (…85公里，碓东绿道20公里) shares the verb
 * of the clause before it. Thread-safe.
 */
public final class MeasureResolver {

    /** A cue verb stands close to its number; the bound keeps very long clauses linear. */
    private static final int CUE_WINDOW = 60;

    /**
     * A decision and whether something in the text decided it (rather than the default).
     *
     * @param measure the measure
     * @param decided true when a unit, form or cue word decided it
     */
    public record Decision(Measure measure, boolean decided) {
    }

    /** A clause that is an item of a list is a short name and its number (碓东绿道20公里). */
    private static final int LIST_ITEM = 16;

    /** Measures of amounts that a list of names and numbers shares with its first clause. */
    private static final Set<Measure> SHARED_BY_A_LIST = EnumSet.of(Measure.INCREASE, Measure.CUMULATIVE);

    private final CueLexicon<Measure> cues;
    private final Segmenter segmenter;

    public MeasureResolver(CueLexicon<Measure> cues, Segmenter segmenter) {
        this.cues = cues;
        this.segmenter = segmenter;
    }

    /**
     * The measure of {@code mention}.
     *
     * @param previous the measure of the number before it in the sentence, when that one is in an
     *                 earlier clause and a cue decided it; else null
     */
    public Decision resolve(String sentence, QuantityMention mention, Measure previous) {
        Dimension dimension = mention.unit() == null ? null : mention.unit().dimension();
        if (dimension == Dimension.RATIO) {
            return new Decision(Measure.RATIO, true);
        }
        if (dimension == Dimension.RANK) {
            return new Decision(Measure.RANK, true);
        }
        if (mention.measure() != null) {
            return new Decision(mention.measure(), true);
        }
        boolean rate = dimension == Dimension.PERCENT || dimension == Dimension.PERCENTAGE_POINT
                || dimension == Dimension.MULTIPLE;
        int from = Clauses.start(sentence, mention.start(), CUE_WINDOW, CharClasses.MEASURE_CLAUSE_ENDS);
        Optional<CueLexicon.Match<Measure>> cue = cues.nearestBefore(sentence, from,
                mention.start(), c -> rate ? !c.units().equals("amount") : !c.units().equals("rate"));
        if (cue.isPresent()) {
            // 累计城镇新增就业133万人: a total over time of what is new each year.
            if (cue.get().cue().value() == Measure.INCREASE && cues.nearestBefore(sentence, from, cue.get().start(),
                    c -> c.value() == Measure.CUMULATIVE).isPresent()) {
                return new Decision(Measure.CUMULATIVE, true);
            }
            return new Decision(cue.get().cue().value(), true);
        }
        if (rate) {
            return new Decision(Measure.LEVEL, false);
        }
        // Segmented only where a reading needs the words: most numbers have a cue and stop above.
        String clause = sentence.substring(from, mention.start());
        // The list's verb is not shared past a verb of the item's own: a hedge that reaches (突破8000公里)
        // or a level held (稳定在4240万亩以上).
        String ownWords = sentence.substring(from, mention.numberStart());
        boolean ownVerb = !ownWords.equals(clause) || ownWords.endsWith("在");
        boolean shareable = previous != null && SHARED_BY_A_LIST.contains(previous) && clause.length() <= LIST_ITEM
                && !ownVerb;
        if (!shareable && clause.indexOf('新') < 0) {
            return new Decision(Measure.LEVEL, false);
        }
        List<Segmenter.Word> words = segmenter.words(clause);
        if (newBeforeVerb(clause, words)) {
            return new Decision(Measure.INCREASE, true);
        }
        // 改造城镇老旧小区1522个 after 新建…390所: an item that opens with a verb (or verbal noun) has its own.
        boolean opensWithVerb = !words.isEmpty() && words.get(0).nature().startsWith("v");
        if (shareable && !words.isEmpty() && !opensWithVerb && words.stream().noneMatch(w -> w.nature().equals("v"))) {
            return new Decision(previous, true);
        }
        return new Decision(Measure.LEVEL, false);
    }

    /**
     * The measure a list may share with {@code mention}: that of the number before it, when that
     * number ends the clause right before and measures the same kind of thing (新建…85公里，碓东绿道
     * 20公里); else null.
     */
    public static Measure sharedFrom(String sentence, QuantityMention last, Measure lastMeasure,
                                     QuantityMention mention) {
        if (last == null || lastMeasure == null || last.unit() == null || mention.unit() == null
                || last.unit().dimension() != mention.unit().dimension()
                || mention.unit().dimension() == Dimension.DURATION) {
            return null;
        }
        int marks = 0;
        for (int k = last.end(); k < mention.start(); k++) {
            if (CharClasses.MEASURE_CLAUSE_ENDS.indexOf(sentence.charAt(k)) >= 0) {
                marks++;
            } else if (marks == 0 && !Character.isWhitespace(sentence.charAt(k))) {
                return null;    // words after the number before: that clause went on
            }
        }
        return marks == 1 ? lastMeasure : null;
    }

    /** 新 as a word of its own before a verb: 新筹集保障性租赁住房, 新改造农村危房 (新能源 is one word). */
    private static boolean newBeforeVerb(String clause, List<Segmenter.Word> words) {
        for (int k = 0; k + 1 < words.size(); k++) {
            Segmenter.Word word = words.get(k);
            Segmenter.Word next = words.get(k + 1);
            if (word.end() - word.start() == 1 && clause.charAt(word.start()) == '新'
                    && (isVerb(next) || next.nature().equals("vn"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerb(Segmenter.Word word) {
        return word.nature().equals("v") || word.nature().equals("vi");
    }
}
