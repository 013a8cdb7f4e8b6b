package io.github.govreport.testing;

import static io.github.govreport.testing.ModelAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.core.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityAssertTest {

    private final Quantity area = Fixtures.areaTarget().quantity();

    @Test
    void passesOnMatchingValues() {
        assertThat(area).hasValue("4186.0").hasValue(new BigDecimal("4186")).hasUnit("万平方米")
                .hasNormalized("41860000", "m²");
        assertThat(Quantity.unitless(new BigDecimal("2650"), null)).hasUnit(null).hasNormalized("2650", null);
    }

    @Test
    void failsNamingTheQuantityAndTheExpectedAndActualValues() {
        assertThatThrownBy(() -> assertThat(area).hasValue("4168")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting quantity 4186 万平方米 to have value 4168 but it was 4186");
        assertThatThrownBy(() -> assertThat(area).hasUnit("平方米")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("unit 平方米 but it was 万平方米");
        assertThatThrownBy(() -> assertThat(area).hasNormalized("4186", "m²")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("normalized 4186 m² but it was 41860000 m²");
    }
}
