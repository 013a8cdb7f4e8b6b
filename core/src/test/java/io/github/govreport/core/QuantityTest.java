package io.github.govreport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

    private static final Unit WAN_SQUARE_METRES = new Unit("万平方米", Dimension.AREA, "m²", new BigDecimal("10000"));
    private static final Unit YI_YUAN = new Unit("亿元", Dimension.CURRENCY, "CNY", new BigDecimal("100000000"));

    @Test
    void normalisesWithTheUnitFactorExactly() {
        Quantity area = Quantity.of(new BigDecimal("4186"), null, WAN_SQUARE_METRES);
        assertThat(area.unit()).isEqualTo("万平方米");
        assertThat(area.normalized().value().toPlainString()).isEqualTo("41860000");
        assertThat(area.normalized().unit()).isEqualTo("m²");

        Quantity gdp = Quantity.of(new BigDecimal("30145.79"), null, YI_YUAN);
        assertThat(gdp.normalized().value().toPlainString()).isEqualTo("3014579000000");
    }

    @Test
    void keepsDecimalsInOneCanonicalFormWithoutExponent() {
        Quantity quantity = Quantity.unitless(new BigDecimal("6.10"), new BigDecimal("1E+3"));
        assertThat(quantity.value()).isEqualTo(new BigDecimal("6.1"));
        assertThat(quantity.valueMax()).isEqualTo(new BigDecimal("1000"));
        assertThat(quantity.valueMax().scale()).isZero();
    }

    @Test
    void rejectsARangeThatRunsBackwards() {
        assertThatThrownBy(() -> Quantity.unitless(new BigDecimal("6"), new BigDecimal("5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valueMax 5 is below value 6");
    }

    @Test
    void aRangeIsARange() {
        assertThat(Quantity.unitless(BigDecimal.ONE, BigDecimal.TEN).isRange()).isTrue();
        assertThat(Quantity.unitless(BigDecimal.ONE, null).isRange()).isFalse();
    }

    @Test
    void unitsNeedAPositiveFactor() {
        assertThatThrownBy(() -> new Unit("万元", Dimension.CURRENCY, "CNY", BigDecimal.ZERO))
                .hasMessageContaining("factor must be positive");
        assertThatThrownBy(() -> new Unit(" ", Dimension.CURRENCY, "CNY", BigDecimal.ONE))
                .hasMessageContaining("surface must not be blank");
    }
}
