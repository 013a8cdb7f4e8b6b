package io.github.govreport.core;

import java.math.BigDecimal;
import java.util.List;

/** Small, valid model objects for the tests of this module. */
final class ModelFixtures {

    static final String TEXT = "地区生产总值增长6%左右，新开工改造城镇老旧小区4186万平方米。";

    private ModelFixtures() {
    }

    static Fact growthTarget() {
        return new Fact("000_test", "000_test#1", "地区生产总值", "gdp", null, Measure.GROWTH,
                Quantity.of(new BigDecimal("6"), null, Unit.base("%", Dimension.PERCENT)),
                Qualifier.APPROX, Kind.TARGET, 2024, Binding.EXPECTED, "6%左右", TEXT,
                new Span(8, 12), new Span(10, 14), List.of("二、2024年主要任务"), Source.TEXT, 0.97);
    }

    static Fact areaTarget() {
        return new Fact("000_test", "000_test#2", "新开工改造城镇老旧小区", null, null, Measure.INCREASE,
                Quantity.of(new BigDecimal("4186"), null,
                        new Unit("万平方米", Dimension.AREA, "m²", new BigDecimal("10000"))),
                Qualifier.EXACT, Kind.UNKNOWN, null, null, "4186万平方米", TEXT,
                new Span(24, 32), null, List.of(), Source.LIST, 0.5);
    }
}
