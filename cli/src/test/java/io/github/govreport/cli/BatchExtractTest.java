package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.govreport.core.Document;
import io.github.govreport.core.json.ModelJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govreport extract} over batches: parallelism, the output forms, failures and progress. */
class BatchExtractTest {

    /** The seed corpus, from the cli module's directory, where the tests run. */
    static final Path SEEDS = Path.of("../corpus/src/main/resources/io/github/govreport/corpus/seeds");

    private static final String REPORT = "2023年，地区生产总值增长6.1%，新增上市企业10家。\n";

    @TempDir
    private Path dir;

    @Test
    void oneJobAndFourJobsWriteTheSameBytes() {
        for (String format : List.of("jsonl", "csv", "json")) {
            Cli.Result one = Cli.run("extract", "--format", format, "-j", "1", SEEDS.toString());
            Cli.Result four = Cli.run("extract", "--format", format, "-j", "4", SEEDS.toString());

            assertThat(one.exitCode()).as(one.err()).isZero();
            assertThat(four.exitCode()).as(four.err()).isZero();
            assertThat(one.outBytes()).hasSizeGreaterThan(10_000);
            assertThat(four.outBytes()).as(format).isEqualTo(one.outBytes());
        }
    }

    @Test
    void manySmallInputsOnFourJobsComeOutInInputOrder() throws IOException {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String name = String.format("r%02d", i);
            // Different sizes, so that the workers finish out of order.
            Files.writeString(dir.resolve(name + ".txt"), REPORT.repeat(1 + i % 7 * 20), StandardCharsets.UTF_8);
            expected.add(name);
        }

        Cli.Result result = Cli.run("extract", "-j", "4", dir.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outLines().stream().map(BatchExtractTest::docOf).distinct()).containsExactlyElementsOf(expected);
    }

    @Test
    void jsonIntoADirectoryWritesOneDocumentFilePerInput() throws IOException {
        Path reports = reports("a.txt", "b.md");
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("extract", "--format", "json", "-o", out + "/", reports.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(filesIn(out)).containsExactly(out.resolve("a.json"), out.resolve("b.json"));
        Document a = ModelJson.readDocument(Files.readString(out.resolve("a.json")));
        assertThat(a.id()).isEqualTo("a");
        assertThat(a.facts()).isNotEmpty();
        JsonNode array = JsonMapper.builder().build().readTree(
                Cli.run("extract", "--format", "json", reports.resolve("b.md").toString()).out());
        assertThat(JsonMapper.builder().build().readTree(out.resolve("b.json").toFile())).isEqualTo(array.get(0));
    }

    @Test
    void inputsWithTheSameNameGetIdsOfTheirOwnInInputOrderWhateverTheJobs() throws IOException {
        Path reports = reports("2022/report.txt", "2023/report.txt", "2024/report.md");
        Files.write(reports.resolve("2022/report.txt"), new byte[0]);

        Cli.Result one = Cli.run("extract", "-j", "1", "-q", reports.toString());
        Cli.Result four = Cli.run("extract", "-j", "4", "-q", reports.toString());

        assertThat(one.exitCode()).as(one.toString()).isEqualTo(1);   // 2022/report.txt is empty, and keeps its id
        assertThat(one.outLines().stream().map(BatchExtractTest::docOf).distinct())
                .containsExactly("report~2", "report~3");
        assertThat(one.outLines()).allSatisfy(line -> assertThat(line).contains("\"id\":\"" + docOf(line) + "#"));
        assertThat(four.outBytes()).isEqualTo(one.outBytes());
    }

    @Test
    void jsonIntoADirectoryWritesAFilePerInputWhenTheirNamesClash() throws IOException {
        Path reports = reports("2023/report.txt", "2024/report.md");
        Path out = Files.createDirectory(dir.resolve("out"));

        Cli.Result result = Cli.run("extract", "--format", "json", "-o", out.toString(), reports.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(filesIn(out)).containsExactly(out.resolve("report.json"), out.resolve("report~2.json"));
        Document first = ModelJson.readDocument(Files.readString(out.resolve("report.json")));
        Document second = ModelJson.readDocument(Files.readString(out.resolve("report~2.json")));
        assertThat(first.source()).isEqualTo(reports.resolve("2023/report.txt").toString());
        assertThat(second.source()).isEqualTo(reports.resolve("2024/report.md").toString());
        assertThat(second.id()).isEqualTo("report~2");
        assertThat(second.facts()).isNotEmpty().allSatisfy(fact -> assertThat(fact.id()).startsWith("report~2#"));
    }

    @Test
    void sqliteHoldsBothInputsWhoseNamesClashAndARerunAddsNoThird() throws Exception {
        Path reports = reports("2023/report.txt", "2024/report.md");
        Path db = dir.resolve("facts.db");

        Cli.Result first = Cli.run("extract", "--format", "sqlite", "-o", db.toString(), reports.toString());
        Cli.Result again = Cli.run("extract", "--format", "sqlite", "-o", db.toString(), reports.toString());

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(again.exitCode()).as(again.toString()).isZero();
        try (Connection connection = SqliteWriterTest.connect(db)) {
            assertThat(SqliteWriterTest.strings(connection, "SELECT doc || ' ' || source FROM documents ORDER BY doc"))
                    .containsExactly("report " + reports.resolve("2023/report.txt"),
                            "report~2 " + reports.resolve("2024/report.md"));
            assertThat(SqliteWriterTest.strings(connection,
                    "SELECT DISTINCT doc FROM facts WHERE id LIKE doc || '#%' ORDER BY doc"))
                    .containsExactly("report", "report~2");
        }
    }

    @Test
    void sqliteRunTwiceHoldsEachDocumentOnce() throws Exception {
        Path reports = reports("a.txt", "b.txt", "c.txt");
        Path db = dir.resolve("facts.db");

        Cli.Result first = Cli.run("extract", "--format", "sqlite", "-o", db.toString(), reports.toString());
        Files.writeString(reports.resolve("c.txt"), REPORT + "2024年，城镇新增就业70万人以上。\n");
        Cli.Result second = Cli.run("extract", "--format", "sqlite", "-o", db.toString(), reports.toString());

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(first.outBytes()).isEmpty();
        long factsPerReport = Cli.run("extract", reports.resolve("a.txt").toString()).outLines().size();
        try (Connection connection = SqliteWriterTest.connect(db)) {
            assertThat(SqliteWriterTest.strings(connection, "SELECT doc FROM documents ORDER BY doc"))
                    .containsExactly("a", "b", "c");
            assertThat(SqliteWriterTest.strings(connection, "SELECT doc || ' ' || count(*) FROM facts GROUP BY doc"))
                    .containsExactly("a " + factsPerReport, "b " + factsPerReport, "c " + (factsPerReport + 1));
        }
    }

    @Test
    void sqliteNeedsAnOutputFile() {
        Cli.Result result = Cli.run("extract", "--format", "sqlite", dir.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().get(0)).isEqualTo(
                "govreport: --format sqlite writes a database file: give it with -o FILE");
    }

    @Test
    void failuresAreListedOnceEachAtTheEndAndInTheErrorsFile() throws IOException {
        Path reports = reports("a.txt", "c.txt");
        Files.write(reports.resolve("b.txt"), new byte[0]);
        Files.write(reports.resolve("d.pdf"), "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII));
        Path errors = dir.resolve("errors.jsonl");

        Cli.Result result = Cli.run("extract", "-j", "2", "--errors", errors.toString(), reports.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(3);
        assertThat(result.errLines().get(0)).isEqualTo("govreport: " + reports.resolve("b.txt") + ": empty file");
        assertThat(result.errLines().get(1)).startsWith("govreport: " + reports.resolve("d.pdf") + ": damaged or truncated PDF");
        assertThat(result.errLines().get(2)).isEqualTo("govreport: 2 of 4 inputs failed");
        List<JsonNode> lines = jsonLines(errors);
        assertThat(lines).extracting(line -> line.get("path").asText())
                .containsExactly(reports.resolve("b.txt").toString(), reports.resolve("d.pdf").toString());
        assertThat(lines.get(0).get("reason").asText()).isEqualTo("empty file");
        assertThat(lines).allSatisfy(line -> assertThat(fieldNames(line)).containsExactly("path", "reason"));
        assertThat(result.outLines().stream().map(BatchExtractTest::docOf).distinct()).containsExactly("a", "c");
    }

    @Test
    void theErrorsFileIsEmptyWhenNothingFailed() throws IOException {
        Path errors = Files.writeString(dir.resolve("errors.jsonl"), "{\"path\":\"old\"}\n");

        Cli.Result result = Cli.run("extract", "--errors", errors.toString(), reports("a.txt").toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(errors).isEmptyFile();
    }

    @Test
    void progressLinesEndWithTheTotals() throws IOException {
        Path reports = reports("a.txt", "b.txt");
        Files.write(reports.resolve("c.txt"), new byte[0]);

        Cli.Result result = Cli.run("extract", "--progress", "lines", reports.toString());

        assertThat(result.errLines()).hasSize(3);
        assertThat(result.errLines().get(0)).matches(
                "govreport: 3/3 files, \\d+ facts, 1 failed, [0-9.]+ files/s, done in [0-9.]+ s");
        assertThat(result.errLines().get(1)).startsWith("govreport: " + reports.resolve("c.txt") + ": ");
        assertThat(result.errLines().get(2)).isEqualTo("govreport: 1 of 3 inputs failed");
    }

    @Test
    void quietPrintsNoProgressButStillTheFailures() throws IOException {
        Path reports = reports("a.txt");
        Files.write(reports.resolve("b.txt"), new byte[0]);

        Cli.Result result = Cli.run("extract", "--quiet", "--progress", "bar", reports.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).doesNotContain("\r", "files/s");
        assertThat(result.errLines()).containsExactly(
                "govreport: " + reports.resolve("b.txt") + ": empty file",
                "govreport: 1 of 2 inputs failed");
    }

    @Test
    void aQuickRunWithoutATerminalPrintsNoProgress() throws IOException {
        Cli.Result result = Cli.run("extract", reports("a.txt").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void includeAndExcludeChooseTheFilesOfADirectory() throws IOException {
        Path reports = reports("a.txt", "b.md", "drafts/c.txt", "notes.text");

        Cli.Result result = Cli.run("extract", "--include", "*.txt", "--include", "*.text", "--exclude", "drafts",
                reports.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outLines().stream().map(BatchExtractTest::docOf).distinct()).containsExactly("a", "notes");
    }

    @Test
    void jobsMustBeAtLeastOne() {
        Cli.Result result = Cli.run("extract", "-j", "0", dir.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().get(0)).isEqualTo("govreport: --jobs must be at least 1, was 0");
    }

    @Test
    void helpShowsTheBatchOptionsAndExamples() {
        Cli.Result result = Cli.run("extract", "--help");

        assertThat(result.out()).contains("--include=GLOB", "--exclude=GLOB", "-j, --jobs=N", "--progress=STYLE",
                "-q, --quiet", "--errors=FILE", "sqlite", "Examples:", "--format sqlite -o facts.db reports/");
    }

    private Path reports(String... names) throws IOException {
        Path reports = dir.resolve("reports");
        for (String name : names) {
            Path file = reports.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, REPORT, StandardCharsets.UTF_8);
        }
        return reports;
    }

    static String docOf(String factLine) {
        return factLine.replaceAll(".*\"doc\":\"([^\"]+)\".*", "$1");
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            nodes.add(JsonMapper.builder().build().readTree(line));
        }
        return nodes;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
