package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Binding;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Section;
import io.github.govreport.core.Span;
import io.github.govreport.core.Unit;
import io.github.govreport.extract.dict.CueLexicon;
import io.github.govreport.extract.dict.IndicatorDictionary;
import io.github.govreport.extract.dict.TimeCue;
import io.github.govreport.extract.quantity.QuantityMention;
import io.github.govreport.extract.quantity.QuantityRecognizer;
import java.util.List;

/**
 * What one number of a sentence is: what is measured ({@link IndicatorResolver}), what kind of
 * number (the measure), whether it is a result or a target ({@link KindResolver}), for which year
 * ({@link PeriodResolver}), with a confidence. Thread-safe.
 */
public final class FactAttributor {

    /**
     * A number as the sentence reader found it.
     *
     * @param mention       the quantity
     * @param indicator     what it measures, as written, or null
     * @param sharedMeasure the measure a list shares with the number before it, or null
     * @param span          where it is in the normalised text, in code points
     * @param sourceSpan    where it is in the source characters, or null where the source is not text
     */
    record Reading(QuantityMention mention, String indicator, Measure sharedMeasure, Span span, Span sourceSpan) {
    }

    /**
     * Where a number stands, as the kind and period rules read it.
     *
     * @param path            the sections that hold it, outermost first
     * @param binding         the plan's class its sentence or heading gives, or null
     * @param reportYear      the year of the report it is in, or null
     * @param beforeFirstPlan whether it stands above the first plan of a report that reviews first
     * @param role            the role of its part of the report, by the parts' order ({@link SectionRoles})
     */
    record Place(List<Section> path, Binding binding, Integer reportYear, boolean beforeFirstPlan, Kind role) {
    }

    private final IndicatorResolver indicators;
    private final MeasureResolver measures;
    private final IndicatorNameMeasures names;
    private final KindResolver kinds;
    private final IndicatorDictionary indicatorIds;
    private final CueLexicon<TimeCue> timeCues;

    /**
     * @param indicatorIds the indicator dictionary: ids, ratios by definition, the measure a name gives
     * @param timeCues     the words of spans of years (time-cues.tsv), for the period
     */
    public FactAttributor(IndicatorResolver indicators, MeasureResolver measures, KindResolver kinds,
                          IndicatorDictionary indicatorIds, CueLexicon<TimeCue> timeCues) {
        this.indicators = indicators;
        this.measures = measures;
        this.names = new IndicatorNameMeasures(indicatorIds);
        this.kinds = kinds;
        this.indicatorIds = indicatorIds;
        this.timeCues = timeCues;
    }

    /** What the number {@code at} of a sentence measures ({@link IndicatorResolver#resolve}). */
    String indicator(String sentence, List<QuantityMention> mentions, int at, String previousIndicator) {
        return indicators.resolve(sentence, mentions, at, previousIndicator);
    }

    /** The id of {@code indicator} under the headings {@code headings}, or null. */
    String indicatorId(String indicator, List<String> headings) {
        return indicatorIds.idOf(indicator, headings).orElse(null);
    }

    /** The fact of one number of {@code sentence}. */
    Fact fact(String id, SentenceContext sentence, Reading reading, Place place) {
        String s = sentence.text();
        QuantityMention mention = reading.mention();
        // 城乡居民收入倍差缩小至1.83: a bare number of a ratio by definition is a ratio a:1.
        boolean ratio = mention.unit() == null && indicatorIds.isRatio(reading.indicator());
        if (ratio) {
            Quantity q = mention.quantity();
            mention = new QuantityMention(mention.start(), mention.end(), mention.numberStart(),
                    Quantity.of(q.value(), q.valueMax(), Unit.RATIO), Unit.RATIO, mention.qualifier(), Measure.RATIO);
        }
        // 上涨2.7%，低于3.5%左右的年度调控目标: the number names the target the result is compared with.
        boolean namesTarget = QuantityRecognizer.namesATarget(s, mention.end());
        MeasureResolver.Decision measure = ratio ? new MeasureResolver.Decision(Measure.RATIO, true)
                : measure(s, mention, reading, namesTarget);
        double confidence = 0.5 + (measure.decided() ? 0.2 : 0.0);

        Integer reportYear = place.reportYear();
        KindResolver.Decision decided = kinds.resolve(s, mention.start(), place.path(), reportYear,
                place.beforeFirstPlan(), sentence.announced(), place.role());
        Kind kind = namesTarget ? Kind.TARGET : decided.kind();
        confidence += decided.byCue() ? 0.2 : kind != Kind.UNKNOWN ? 0.1 : 0.0;
        Integer period = period(sentence, mention, measure.measure(), kind, place);
        // 2023年，全市实现地区生产总值…: a year the report looks back on is a result, its own year a plan.
        if (kind == Kind.UNKNOWN && period != null && reportYear != null) {
            kind = period < reportYear ? Kind.ACTUAL : Kind.TARGET;
        }
        // Where every rule is silent, the role the model gives the sentence, and the period that kind gives.
        if (kind == Kind.UNKNOWN && sentence.modelKind() != null) {
            kind = sentence.modelKind().kind(place.path(), reportYear);
            if (kind != Kind.UNKNOWN) {
                period = period(sentence, mention, measure.measure(), kind, place);
            }
        }

        List<String> headings = SectionPaths.headings(place.path());
        return Fact.builder().doc(sentence.docId()).id(id).indicator(reading.indicator())
                .indicatorId(indicatorId(reading.indicator(), headings)).measure(measure.measure())
                .quantity(mention.quantity()).qualifier(mention.qualifier()).kind(kind).period(period)
                .binding(place.binding()).text(s.substring(mention.start(), mention.end())).sentence(s)
                .span(reading.span()).sourceSpan(reading.sourceSpan()).section(headings).source(sentence.layout())
                .confidence(confidence(confidence)).build();
    }

    /**
     * The measure of a number that is not a ratio by definition. 高于全国0.6个百分点: a difference
     * from another figure, not a change over time; 新开工亿元以上项目: a threshold in a name, which
     * the verb before it does not change; a number that names a target keeps the measure its list shares.
     */
    private MeasureResolver.Decision measure(String s, QuantityMention mention, Reading reading, boolean namesTarget) {
        if (namesTarget && reading.sharedMeasure() != null) {
            return new MeasureResolver.Decision(reading.sharedMeasure(), true);
        }
        if (indicators.isGap(s, mention.start()) || IndicatorResolver.isThreshold(s, mention)) {
            return new MeasureResolver.Decision(Measure.LEVEL, true);
        }
        return names.inSentence(measures.resolve(s, mention, reading.sharedMeasure()), reading.indicator(), mention, s);
    }

    /** The period of {@code mention} as {@code kind}; from the number, not its hedge (突破 before it reaches too). */
    private Integer period(SentenceContext sentence, QuantityMention mention, Measure measure, Kind kind, Place place) {
        return PeriodResolver.resolve(sentence.text(), mention.numberStart(),
                mention.unit() == null ? null : mention.unit().dimension(), measure, place.path(), place.reportYear(),
                kind, sentence.scope(), timeCues);
    }

    /** A heuristic score in hundredths, so that 0.5 + 0.2 + 0.2 is written 0.9, not 0.8999999999999999. */
    static double confidence(double score) {
        return Math.round(Math.min(score, 0.95) * 100) / 100.0;
    }
}
