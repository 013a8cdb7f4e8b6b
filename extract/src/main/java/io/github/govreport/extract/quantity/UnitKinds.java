package io.github.govreport.extract.quantity;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Unit;

/** The kinds of unit the forms and rules tell apart. */
final class UnitKinds {

    private UnitKinds() {
    }

    /** A measure word: a count (个, 家, 批) or a span of time (年, 天). */
    static boolean isMeasureWord(Unit unit) {
        return unit.dimension() == Dimension.COUNT || unit.dimension() == Dimension.DURATION;
    }

    /** An amount in 元 or 圆, with or without a magnitude (元, 万元, 亿圆). */
    static boolean isYuan(Unit unit) {
        return unit.dimension() == Dimension.CURRENCY && (unit.surface().endsWith("元") || unit.surface().endsWith("圆"))
                && "CNY".equals(unit.baseUnit());
    }

    /** A unit of measure that a fraction may be of: 四分之一公升, 三分之二公顷. */
    static boolean isMeasurement(Unit unit) {
        return switch (unit.dimension()) {
            case LENGTH, AREA, VOLUME, MASS, ENERGY, POWER -> true;
            default -> false;
        };
    }
}
