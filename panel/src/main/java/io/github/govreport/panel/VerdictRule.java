package io.github.govreport.panel;

import io.github.govreport.core.Direction;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a result meets its target (docs/panel.md, "Verdicts"):
 *
 * <ul>
 *   <li>以上, 不低于, 超过 (at_least, over): met when the result is at least the target;
 *       以内, 不超过 (at_most, under): met when it is at most the target;</li>
 *   <li>左右 and a plain number: the indicator's direction decides. A higher result meets an up
 *       indicator's target, a lower one a down indicator's (a ceiling: 失业率, CPI); a 下降 target
 *       turns the direction round, so a larger decline meets 能耗下降2.5%左右;</li>
 *   <li>a 左右 target missed by no more than its band is near: 0.5 percentage point for a target
 *       in % or 个百分点, 5% of the target otherwise;</li>
 *   <li>a range (5%—5.5%) is compared at its lower end when higher is better, at its upper end
 *       when lower is.</li>
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class VerdictRule {

    /** The band of a 左右 target in percentage points. */
    static final BigDecimal PERCENT_BAND = new BigDecimal("0.5");
    /** The band of a 左右 target in other units, as a share of the target. */
    static final BigDecimal RELATIVE_BAND = new BigDecimal("0.05");

    private static final Set<String> PERCENT_UNITS = Set.of("%", "个百分点", "百分点");

    /**
     * The comparison of one target with one result.
     *
     * @param gap     the result minus the target's compared end, in the target's unit
     * @param verdict met, near or missed
     */
    record Judgement(BigDecimal gap, Verdict verdict) {
    }

    private VerdictRule() {
    }

    /**
     * Judges {@code actual} (already in the target's unit and measure) against a target.
     *
     * @param direction which way the indicator's level is better
     * @param measure   the target's measure; decline turns the direction round
     * @param value     the target, or the lower end of its range
     * @param valueMax  the upper end of the target's range, or null
     * @param unit      the target's unit as written, or null
     * @param qualifier the target's hedge
     * @param actual    the result
     */
    static Judgement judge(Direction direction, Measure measure, BigDecimal value, BigDecimal valueMax, String unit,
            Qualifier qualifier, BigDecimal actual) {
        Objects.requireNonNull(direction, "direction must not be null");
        boolean higherMeets = switch (qualifier) {
            case AT_LEAST, OVER -> true;
            case AT_MOST, UNDER -> false;
            case APPROX, EXACT, NEARLY -> (direction == Direction.UP) != (measure == Measure.DECLINE);
        };
        BigDecimal target = higherMeets || valueMax == null ? value : valueMax;
        BigDecimal gap = actual.subtract(target).stripTrailingZeros();
        boolean met = higherMeets ? gap.signum() >= 0 : gap.signum() <= 0;
        if (met) {
            return new Judgement(gap, Verdict.MET);
        }
        boolean near = qualifier == Qualifier.APPROX && gap.abs().compareTo(band(target, unit)) <= 0;
        return new Judgement(gap, near ? Verdict.NEAR : Verdict.MISSED);
    }

    private static BigDecimal band(BigDecimal target, String unit) {
        return unit != null && PERCENT_UNITS.contains(unit) ? PERCENT_BAND : target.abs().multiply(RELATIVE_BAND);
    }
}
