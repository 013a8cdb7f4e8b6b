package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Argument parsing, help, version and exit codes; nothing here reads a report. */
class GovReportTest {

    @Test
    void withoutSubcommandPrintsUsageAndExitsWithUsageError() {
        Cli.Result result = Cli.run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("Usage: govreport").contains("extract");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownOptionIsOneLineAndAHint() {
        Cli.Result result = Cli.run("extract", "--bogus", "a.txt");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(
                "govreport: Unknown option: '--bogus'",
                "Try 'govreport extract --help' for more information.");
    }

    @Test
    void unknownFormatNamesTheFormatsThereAre() {
        Cli.Result result = Cli.run("extract", "--format", "xml", "a.txt");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.errLines()).hasSize(2);
        assertThat(result.errLines().get(0)).contains("--format").contains("jsonl, json, csv").contains("'xml'");
    }

    @Test
    void formatNameIsCaseInsensitive() {
        Cli.Result result = Cli.run("extract", "--format", "CSV", "--help");

        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    @Test
    void missingPathIsAUsageError() {
        Cli.Result result = Cli.run("extract", "--format", "csv");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.errLines().get(0)).isEqualTo("govreport: Missing required parameter: 'PATH'");
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        Cli.Result result = Cli.run("frobnicate");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("frobnicate").doesNotContain("Exception");
    }

    @Test
    void helpListsTheSubcommandAndTheExitCodes() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Usage: govreport").contains("extract").contains("Exit codes:");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void extractHelpDocumentsOptionsAndExitCodes() {
        Cli.Result result = Cli.run("extract", "--help");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains("--format=FORMAT", "-o, --output=FILE", "PATH...", "standard input")
                .contains("Exit codes:", "0   all inputs extracted", "1   some inputs failed", "2   usage error");
    }

    @Test
    void helpSubcommandShowsTheHelpOfExtract() {
        Cli.Result result = Cli.run("help", "extract");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Usage: govreport extract");
    }

    @Test
    void versionIsTheProjectVersion() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out().strip()).matches("govreport \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
