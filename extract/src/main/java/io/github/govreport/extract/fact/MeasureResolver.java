package io.github.govreport.extract.fact;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Measure;
import io.github.govreport.extract.dict.CueLexicon;
import io.github.govreport.extract.quantity.QuantityMention;
import java.util.Optional;

/**
 * Decides what kind of number a quantity is: a ratio or rank by its unit, growth where the form
 * says so (增长1倍, 翻一番), else by the nearest cue verb of its clause (增长, 下降, 新增, 累计, 占 …);
 * a plain amount is a level. Rate cues (增长, 占) apply only to rates (%, 个百分点, 倍). Thread-safe.
 */
public final class MeasureResolver {

    /** Clause ends; 、 is not one, since it joins a list that shares its verb. */
    private static final String CLAUSE_MARKS = "，,；;：:。！？";
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

    private final CueLexicon<Measure> cues;

    public MeasureResolver(CueLexicon<Measure> cues) {
        this.cues = cues;
    }

    public Decision resolve(String sentence, QuantityMention mention) {
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
        int from = Clauses.start(sentence, mention.start(), CUE_WINDOW, CLAUSE_MARKS);
        Optional<CueLexicon.Match<Measure>> cue = cues.nearestBefore(sentence, from,
                mention.start(), c -> rate || c.units().equals("any"));
        return cue.map(m -> new Decision(m.cue().value(), true)).orElse(new Decision(Measure.LEVEL, false));
    }
}
