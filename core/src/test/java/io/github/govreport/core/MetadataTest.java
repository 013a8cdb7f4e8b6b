package io.github.govreport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetadataTest {

    @Test
    void theShorterConstructorsLeaveNumberAndRegionCodeNull() {
        Metadata m = new Metadata("政府工作报告", "重庆市", AdministrativeLevel.PROVINCE, 2024, ReportType.WORK_REPORT,
                "重庆市人民政府", LocalDate.of(2024, 1, 21), "渝府发〔2024〕1号");
        assertThat(m.number()).isEqualTo("渝府发〔2024〕1号");
        assertThat(m.regionCode()).isNull();
        assertThat(new Metadata(null, null, null, null, null, null, null).number()).isNull();
    }

    @Test
    void withYearKeepsTheRegionCode() {
        Metadata m = new Metadata(null, "渝中区", AdministrativeLevel.COUNTY, null, null, null, null, null, "500103");
        assertThat(m.withYear(2024)).isEqualTo(
                new Metadata(null, "渝中区", AdministrativeLevel.COUNTY, 2024, null, null, null, null, "500103"));
    }

    @Test
    void aRegionCodeIsSixDigits() {
        assertThatThrownBy(() -> new Metadata(null, "渝中区", null, null, null, null, null, null, "5001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("regionCode must be six digits (GB/T 2260), was '5001'");
    }
}
