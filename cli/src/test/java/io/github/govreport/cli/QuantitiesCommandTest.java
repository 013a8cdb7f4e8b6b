package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuantitiesCommandTest {

    /** Two integers without a unit and one count. */
    private static final byte[] LINE = "参加人数为3000，完成率为98，新增医院58家。\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void factsLeniencyIsTheDefaultAndLeavesOutIntegersWithoutAUnit() {
        Cli.Result byDefault = Cli.runWithStdin(LINE, "quantities");
        Cli.Result facts = Cli.runWithStdin(LINE, "quantities", "--leniency", "facts");

        assertThat(byDefault.exitCode()).as(byDefault.toString()).isZero();
        assertThat(byDefault.out()).contains("\"text\":\"58家\"").doesNotContain("\"text\":\"3000\"");
        assertThat(facts.out()).isEqualTo(byDefault.out());
    }

    @Test
    void numbersLeniencyReturnsEveryNumber() {
        Cli.Result result = Cli.runWithStdin(LINE, "quantities", "--leniency", "NUMBERS");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("\"text\":\"3000\"", "\"text\":\"98\"", "\"text\":\"58家\"");
    }

    @Test
    void anUnknownLeniencyIsAUsageError() {
        Cli.Result result = Cli.runWithStdin(LINE, "quantities", "--leniency", "all");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--leniency must be facts or numbers, was 'all'");
    }
}
