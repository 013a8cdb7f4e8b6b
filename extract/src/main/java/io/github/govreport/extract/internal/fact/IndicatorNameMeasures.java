package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Measure;
import io.github.govreport.extract.dict.IndicatorDictionary;
import io.github.govreport.extract.quantity.QuantityMention;

/**
 * What an indicator's name says its number measures (docs/facts.md): …率 is a rate, …占比, 比重 and
 * 比例 a share, a name the dictionary lists may fix the measure of its percentage (研发经费投入强度),
 * and in a table row 增长 and 下降 name a change. One rule for the sentences and the tables.
 * Thread-safe.
 */
final class IndicatorNameMeasures {

    private final IndicatorDictionary indicators;

    /** @param indicators the indicator dictionary, for the known names and the measure of a proportion's percentage */
    IndicatorNameMeasures(IndicatorDictionary indicators) {
        this.indicators = indicators;
    }

    /**
     * The measure of a sentence's number, {@code decision} as the cues left it corrected by the
     * name: the name wins over a plain level and over a share cue that belongs to the neighbour
     * in a list (学前教育普惠率、公办在园幼儿占比分别达到90%、53%).
     */
    MeasureResolver.Decision inSentence(MeasureResolver.Decision decision, String indicator,
                                        QuantityMention mention, String sentenceText) {
        boolean percent = isPercent(mention);
        // 其中…专项债务限额970亿元 under a 新增 total: a known name that starts with 新增 counts what is new.
        if (!percent && indicator != null && decision.measure() == Measure.LEVEL && !decision.decided()
                && indicator.startsWith("新增") && indicators.idOf(indicator).isPresent()) {
            return new MeasureResolver.Decision(Measure.INCREASE, true);
        }
        if (!percent || indicator == null
                || (decision.measure() != Measure.LEVEL && decision.measure() != Measure.SHARE)) {
            return decision;
        }
        // 八成以上的村: tenths of a whole are a share of it.
        if (decision.measure() == Measure.LEVEL && !decision.decided()
                && IndicatorResolver.isTenths(sentenceText, mention)) {
            return new MeasureResolver.Decision(indicator.endsWith("率") ? Measure.RATE : Measure.SHARE, true);
        }
        if (namesARate(indicator)) {
            return new MeasureResolver.Decision(Measure.RATE, true);
        }
        if (decision.measure() == Measure.LEVEL && namesAShare(indicator)) {
            return new MeasureResolver.Decision(Measure.SHARE, true);
        }
        if (decision.measure() == Measure.LEVEL) {
            return indicators.percentMeasure(indicator).map(m -> new MeasureResolver.Decision(m, true)).orElse(decision);
        }
        return decision;
    }

    /** The measure of a table row's number, from the row's indicator name alone. */
    Measure inTableRow(String indicator, QuantityMention mention) {
        boolean percent = isPercent(mention);
        if (indicator.contains("增速") || indicator.contains("增长") || indicator.contains("增幅")
                || indicator.contains("涨幅")) {
            return Measure.GROWTH;
        }
        // 城镇新增就业 | 万人: an amount of something new is an increase, as 新增 before a number is.
        if (!percent && indicator.contains("新增")) {
            return Measure.INCREASE;
        }
        if (indicator.endsWith("降低") || indicator.endsWith("下降") || indicator.endsWith("减少")) {
            return Measure.DECLINE;
        }
        if (percent && namesAShare(indicator)) {
            return Measure.SHARE;
        }
        if (percent && namesARate(indicator)) {
            return Measure.RATE;
        }
        // 研发经费投入强度 | %: a proportion of a whole by definition (the dictionary says which).
        return percent ? indicators.percentMeasure(indicator).orElse(Measure.LEVEL) : Measure.LEVEL;
    }

    private static boolean isPercent(QuantityMention mention) {
        return mention.unit() != null && "%".equals(mention.unit().surface());
    }

    /** …率 is a rate, but 增长率 is a growth. */
    private static boolean namesARate(String indicator) {
        return indicator.endsWith("率") && !indicator.endsWith("增长率");
    }

    private static boolean namesAShare(String indicator) {
        return indicator.contains("占比") || indicator.contains("比重") || indicator.contains("比例");
    }
}
