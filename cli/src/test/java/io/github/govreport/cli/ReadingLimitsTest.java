package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.extract.ReportExtractor;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ReadingLimitsTest {

    private final ReadingLimits.ByteSize bytes = new ReadingLimits.ByteSize();
    private final ReadingLimits.CharCount chars = new ReadingLimits.CharCount();

    @Test
    void sizesAreBytesOrPowersOf1024() {
        assertThat(bytes.convert("1048576")).isEqualTo(1L << 20);
        assertThat(bytes.convert("512k")).isEqualTo(512L << 10);
        assertThat(bytes.convert("100MB")).isEqualTo(100L << 20);
        assertThat(bytes.convert("2 GiB")).isEqualTo(2L << 30);
        assertThat(bytes.convert("10B")).isEqualTo(10L);
        assertThatThrownBy(() -> bytes.convert("ten")).isInstanceOf(TypeConversionException.class)
                .hasMessage("expected a size such as 100MB, 512K or 1G but was 'ten'");
        assertThatThrownBy(() -> bytes.convert("0")).hasMessage("must be more than 0, was '0'");
        assertThatThrownBy(() -> bytes.convert("99999999999G")).hasMessage("'99999999999G' is too large");
    }

    @Test
    void characterCountsAreThousandsOrMillions() {
        assertThat(chars.convert("250000")).isEqualTo(250_000);
        assertThat(chars.convert("500K")).isEqualTo(500_000);
        assertThat(chars.convert("10m")).isEqualTo(10_000_000);
        assertThatThrownBy(() -> chars.convert("3000M")).hasMessageContaining("at most 2147483647 characters");
        assertThatThrownBy(() -> chars.convert("1.5M")).hasMessageContaining("expected a number such as 10M");
    }

    @Test
    void theDefaultsOfTheOptionsAreTheLibrarysDefaults() {
        Cli.Result help = Cli.run("extract", "--help");

        assertThat(help.out()).contains("(default: 100MB)", "(default: 10M)");
        assertThat(bytes.convert("100MB")).isEqualTo(ReportExtractor.DEFAULT_MAX_INPUT_BYTES);
        assertThat(chars.convert("10M")).isEqualTo(ReportExtractor.DEFAULT_MAX_CHARS);
    }
}
