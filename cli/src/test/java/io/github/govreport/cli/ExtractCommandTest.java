package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.govreport.core.Document;
import io.github.govreport.core.json.ModelJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code govreport extract} end to end, in-process, on small files made per test. */
class ExtractCommandTest {

    private static final String REPORT = "2023年，地区生产总值增长6.1%，新增上市企业10家。\n";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @TempDir
    private Path dir;
    private Path report;

    @BeforeEach
    void writeReport() throws IOException {
        report = dir.resolve("report.txt");
        Files.writeString(report, REPORT, StandardCharsets.UTF_8);
    }

    @Test
    void jsonlHasOneLineWithEveryKeyPerFact() throws IOException {
        Cli.Result result = Cli.run("extract", report.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).isNotEmpty();
        for (String line : result.outLines()) {
            JsonNode fact = JSON.readTree(line);
            assertThat(fieldNames(fact)).containsExactlyElementsOf(ModelJson.FACT_KEYS);
            assertThat(fact.get("schema").asText()).isEqualTo(ModelJson.FACTS_SCHEMA);
            assertThat(fact.get("doc").asText()).isEqualTo("report");
            assertThat(ModelJson.readFact(line).doc()).isEqualTo("report");
        }
    }

    @Test
    void jsonIsAnArrayWithOneDocumentPerInputRead() throws IOException {
        Path second = Files.writeString(dir.resolve("second.md"), REPORT, StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("extract", "--format", "json", report.toString(), second.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode array = JSON.readTree(result.out());
        assertThat(array.isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        for (JsonNode element : array) {
            Document document = ModelJson.readDocument(element.toString());
            assertThat(document.facts()).isNotEmpty();
            ids.add(document.id());
        }
        assertThat(ids).containsExactly("report", "second");
    }

    @Test
    void jsonOfNoReadableInputIsAnEmptyArray() throws IOException {
        Cli.Result result = Cli.run("extract", "--format", "json", dir.resolve("missing.txt").toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(JSON.readTree(result.out()).isArray()).isTrue();
        assertThat(JSON.readTree(result.out())).isEmpty();
    }

    @Test
    void csvHasByteOrderMarkHeaderAndTheJsonlValues() throws IOException {
        Cli.Result csv = Cli.run("extract", "--format", "csv", report.toString());
        Cli.Result jsonl = Cli.run("extract", report.toString());

        assertThat(csv.exitCode()).as(csv.toString()).isZero();
        assertThat(csv.outBytes()).startsWith(0xEF, 0xBB, 0xBF);
        String text = csv.out().substring(1);
        assertThat(text).startsWith(String.join(",", CsvWriter.header()) + "\r\n");
        List<CSVRecord> rows = parseCsv(text);
        assertThat(rows).hasSameSizeAs(jsonl.outLines());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode fact = JSON.readTree(jsonl.outLines().get(i));
            CSVRecord row = rows.get(i);
            assertThat(row.get("id")).isEqualTo(fact.get("id").asText());
            assertThat(row.get("value")).isEqualTo(fact.get("value").decimalValue().toPlainString());
            assertThat(row.get("normalizedValue"))
                    .isEqualTo(fact.get("normalized").get("value").decimalValue().toPlainString());
            assertThat(row.get("sentence")).isEqualTo(fact.get("sentence").asText());
        }
    }

    @Test
    void missingPathIsReportedAndTheOtherInputsAreStillWritten() {
        Path missing = dir.resolve("missing.txt");

        Cli.Result result = Cli.run("extract", missing.toString(), report.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                "govreport: " + missing + ": no such file or directory",
                "govreport: 1 of 2 inputs failed");
        assertThat(result.outLines()).isNotEmpty().allSatisfy(line -> assertThat(line).contains("\"doc\":\"report\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.txt", "empty-directory", "directory-without-documents", "x.bin", "x.pdf", "x.docx"})
    void unreadableInputIsOneClearLineWithoutStackTrace(String name) throws IOException {
        Path bad = unreadable(name);

        Cli.Result result = Cli.run("extract", report.toString(), bad.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.errLines()).as(result.toString()).hasSize(2);
        assertThat(result.errLines().get(0)).startsWith("govreport: " + bad + ": ")
                .hasSizeGreaterThan(("govreport: " + bad + ": ").length());
        assertThat(result.errLines().get(1)).isEqualTo("govreport: 1 of 2 inputs failed");
        assertThat(result.err()).doesNotContain("Exception", "\tat ", "at io.github");
        assertThat(result.outLines()).isNotEmpty();
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        Path bad = unreadable("x.bin");

        Cli.Result result = Cli.run("extract", "--debug", bad.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("ExtractionException").contains("\tat ");
    }

    @Test
    void directoriesAreWalkedInPathOrder() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.copy(report, reports.resolve("b.txt"));
        Files.copy(report, Files.createDirectory(reports.resolve("sub")).resolve("a.txt"));
        Files.copy(report, Files.createDirectory(reports.resolve(".git")).resolve("c.txt"));
        Files.writeString(reports.resolve("notes.csv"), "x,y\n");

        Cli.Result result = Cli.run("extract", dir.resolve("reports").toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outLines().stream().map(line -> line.replaceAll(".*\"doc\":\"([^\"]+)\".*", "$1")).distinct())
                .containsExactly("b", "a");
    }

    @Test
    void dashReadsStandardInputAsDocumentStdin() {
        Cli.Result result = Cli.runWithStdin(REPORT.getBytes(StandardCharsets.UTF_8), "extract", "-");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outLines()).isNotEmpty().allSatisfy(line -> assertThat(line).contains("\"doc\":\"stdin\""));
    }

    @Test
    void emptyStandardInputIsReportedAsStdin() {
        Cli.Result result = Cli.run("extract", "-");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.errLines().get(0)).startsWith("govreport: <stdin>: ");
    }

    @Test
    void outputFileIsWrittenCompleteWithNoTemporaryFileLeft() throws IOException {
        Path outDir = Files.createDirectory(dir.resolve("out"));
        Path output = outDir.resolve("facts.jsonl");
        Files.writeString(output, "old content\n");

        Cli.Result result = Cli.run("extract", "-o", output.toString(), report.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outBytes()).isEmpty();
        assertThat(Files.readString(output)).isEqualTo(Cli.run("extract", report.toString()).out());
        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files).containsExactly(output);
        }
    }

    @Test
    void unwritableOutputIsOneLineAndNoFile() {
        Path output = dir.resolve("no-such-directory/facts.jsonl");

        Cli.Result result = Cli.run("extract", "-o", output.toString(), report.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                "govreport: " + output + ": cannot write: no such file or directory");
        assertThat(output.getParent()).doesNotExist();
    }

    private Path unreadable(String name) throws IOException {
        Path path = dir.resolve(name);
        switch (name) {
            case "empty.txt" -> Files.write(path, new byte[0]);
            case "empty-directory" -> Files.createDirectory(path);
            case "directory-without-documents" -> {
                Files.createDirectory(path);
                Files.writeString(path.resolve("data.csv"), "a,b\n");
                Files.writeString(path.resolve(".hidden.txt"), REPORT);
            }
            default -> {
                byte[] noise = new byte[4096];
                new Random(name.hashCode()).nextBytes(noise);
                Files.write(path, noise);
            }
        }
        return path;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<CSVRecord> parseCsv(String text) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            return parser.getRecords();
        }
    }
}
