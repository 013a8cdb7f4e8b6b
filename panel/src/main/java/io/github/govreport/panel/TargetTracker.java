package io.github.govreport.panel;

import io.github.govreport.core.Direction;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Quantity;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.dict.IndicatorDictionary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Pairs each target of a panel with the result for the same region, indicator, measure and year,
 * and judges it ({@link VerdictRule}). A result given as a decline answers a growth target and
 * the other way round (CPI 涨幅3%左右 → 下降0.3% is −0.3); a result in another base unit (a level
 * in 亿元 against a target in %) answers nothing. Targets of indicators without a direction are
 * left out. Immutable and thread-safe.
 */
public final class TargetTracker {

    private final Function<String, Optional<Direction>> directions;

    /** A tracker that reads each indicator's direction with {@code directions} (indicator id → direction). */
    public TargetTracker(Function<String, Optional<Direction>> directions) {
        this.directions = Objects.requireNonNull(directions, "directions must not be null");
    }

    /** A tracker with the directions of the bundled indicator dictionary. */
    public static TargetTracker bundled() {
        IndicatorDictionary indicators = Dictionaries.bundled().indicators();
        return new TargetTracker(indicators::direction);
    }

    /** One row per target of the panel that has a direction, in the panel's order. */
    public List<Attainment> track(Panel panel) {
        List<Attainment> rows = new ArrayList<>();
        for (Observation target : panel.observations()) {
            if (target.kind() != Kind.TARGET) {
                continue;
            }
            directions.apply(target.indicatorId()).ifPresent(direction -> rows.add(attainment(panel, target, direction)));
        }
        return List.copyOf(rows);
    }

    private static Attainment attainment(Panel panel, Observation target, Direction direction) {
        Attainment.Side targetSide = Attainment.Side.of(target);
        Optional<Observation> result = result(panel, target);
        if (result.isEmpty()) {
            return new Attainment(target.region(), target.regionCode(), target.indicatorId(), target.indicator(),
                    target.measure(), target.coverage(), target.year(), targetSide, null, null, Verdict.NO_RESULT);
        }
        Observation actual = result.get();
        BigDecimal value = Quantities.inWrittenUnit(actual.quantity().normalized().value(), target.quantity());
        if (actual.measure() != target.measure()) {
            value = value.negate();   // a decline of 0.3% is a growth of −0.3%
        }
        Quantity goal = target.quantity();
        VerdictRule.Judgement judgement = VerdictRule.judge(direction, target.measure(), goal.value(), goal.valueMax(),
                goal.unit(), target.qualifier(), value);
        return new Attainment(target.region(), target.regionCode(), target.indicatorId(), target.indicator(),
                target.measure(), target.coverage(), target.year(), targetSide, Attainment.Side.of(actual), judgement.gap(),
                judgement.verdict());
    }

    /** The result of the target's year and coverage in the same measure, else in the opposite change; same base unit. */
    private static Optional<Observation> result(Panel panel, Observation target) {
        List<Measure> measures = new ArrayList<>(List.of(target.measure()));
        if (target.measure() == Measure.GROWTH) {
            measures.add(Measure.DECLINE);
        } else if (target.measure() == Measure.DECLINE) {
            measures.add(Measure.GROWTH);
        }
        String unit = target.quantity().normalized().unit();
        return measures.stream()
                .flatMap(m -> panel.find(target.regionKey(), target.indicatorId(), m, target.year(), Kind.ACTUAL,
                        target.coverage()).stream())
                .filter(o -> Objects.equals(o.quantity().normalized().unit(), unit))
                .findFirst();
    }
}
