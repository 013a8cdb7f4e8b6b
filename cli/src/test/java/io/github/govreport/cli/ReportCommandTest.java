package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govreport report} end to end, in-process: inputs, failures, output and exit codes. */
class ReportCommandTest {

    private static final String REPORT = "2023年，地区生产总值增长6.1%，新增上市企业10家。\n";

    @TempDir
    private Path dir;
    private Path report;
    private Path page;

    @BeforeEach
    void writeReport() throws IOException {
        report = Files.writeString(dir.resolve("report.txt"), REPORT, StandardCharsets.UTF_8);
        page = dir.resolve("review.html");
    }

    @Test
    void writesOnePageWithEveryInput() throws IOException {
        Path second = Files.writeString(dir.resolve("second.md"), REPORT, StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("report", "-o", page.toString(), report.toString(), second.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEmpty();
        JsonNode payload = ReviewPageTest.payload(Files.readString(page, StandardCharsets.UTF_8));
        assertThat(ids(payload)).containsExactly("report", "second");
        assertThat(payload.get("documents").get(0).get("facts")).isNotEmpty();
        assertThat(payload.get("failures")).isEmpty();
    }

    @Test
    void inputsWithTheSameNameGetIdsOfTheirOwnOnThePage() throws IOException {
        Path missing = dir.resolve("2022/report.txt");
        Path other = Files.createDirectories(dir.resolve("2024")).resolve("report.md");
        Files.writeString(other, REPORT, StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("report", "-o", page.toString(), missing.toString(), report.toString(),
                other.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);   // the missing one keeps its id all the same
        JsonNode payload = ReviewPageTest.payload(Files.readString(page, StandardCharsets.UTF_8));
        assertThat(ids(payload)).containsExactly("report~2", "report~3");
        assertThat(payload.get("documents").get(1).get("facts").get(0).get("id").asText()).startsWith("report~3#");
    }

    @Test
    void aBadInputIsOneLineOnStandardErrorAndOnThePageAndTheOthersAreStillThere() throws IOException {
        Path missing = dir.resolve("missing.txt");
        Path binary = Files.write(dir.resolve("junk.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});

        Cli.Result result = Cli.run("report", "-o", page.toString(), missing.toString(), report.toString(),
                binary.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                "govreport: " + missing + ": no such file or directory",
                "govreport: " + binary + ": not a document: binary data of no known format",
                "govreport: 2 of 3 inputs failed");
        JsonNode payload = ReviewPageTest.payload(Files.readString(page, StandardCharsets.UTF_8));
        assertThat(ids(payload)).containsExactly("report");
        assertThat(payload.get("failures").toString()).isEqualTo("[{\"input\":\"" + missing
                + "\",\"reason\":\"no such file or directory\"},{\"input\":\"" + binary
                + "\",\"reason\":\"not a document: binary data of no known format\"}]");
    }

    @Test
    void withoutOutputThePageGoesToStandardOutput() throws IOException {
        Cli.Result result = Cli.run("report", report.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("<!DOCTYPE html>");
        assertThat(ids(ReviewPageTest.payload(result.out()))).containsExactly("report");
    }

    @Test
    void standardInputIsAnInput() throws IOException {
        Cli.Result result = Cli.runWithStdin(REPORT.getBytes(StandardCharsets.UTF_8), "report", "-");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(ids(ReviewPageTest.payload(result.out()))).containsExactly("stdin");
    }

    @Test
    void anUnwritableOutputFailsBeforeReadingAndLeavesNothingBehind() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("out"));
        Path inMissingDirectory = dir.resolve("no/such/dir/review.html");

        Cli.Result intoDirectory = Cli.run("report", "-o", directory.toString(), report.toString());
        Cli.Result intoMissing = Cli.run("report", "-o", inMissingDirectory.toString(), report.toString());

        assertThat(intoDirectory.exitCode()).isEqualTo(1);
        assertThat(intoDirectory.errLines()).containsExactly("govreport: " + directory + ": cannot write: is a directory");
        assertThat(intoMissing.exitCode()).isEqualTo(1);
        assertThat(intoMissing.errLines()).containsExactly(
                "govreport: " + inMissingDirectory + ": cannot write: no such file or directory");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    dir.getFileName().toString(), "report.txt", "out");
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Cli.run("report").exitCode()).isEqualTo(2);
        assertThat(Cli.run("report", "--bogus", "a.txt").errLines()).containsExactly(
                "govreport: Unknown option: '--bogus'", "Try 'govreport report --help' for more information.");
    }

    @Test
    void helpNamesTheCommand() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.out()).contains("report");
    }

    private static List<String> ids(JsonNode payload) {
        List<String> ids = new ArrayList<>();
        payload.get("documents").forEach(document -> ids.add(document.get("doc").asText()));
        return ids;
    }
}
