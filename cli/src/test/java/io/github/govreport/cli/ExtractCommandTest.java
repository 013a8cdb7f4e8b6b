package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.govreport.core.Document;
import io.github.govreport.core.json.ModelJson;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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
    void aBatchWithBadFilesAmongGoodOnesReportsEachAndStillWritesTheGoodFacts() throws IOException {
        Path second = Files.writeString(dir.resolve("second.md"), REPORT, StandardCharsets.UTF_8);
        byte[] junk = new byte[4096];
        new Random(5).nextBytes(junk);
        Path truncated = Files.write(dir.resolve("truncated.pdf"), concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
                junk));
        Path scan = Files.write(dir.resolve("scan.pdf"), scannedPdf());
        Path binary = Files.write(dir.resolve("junk.txt"), junk);
        Path huge = dir.resolve("huge.pdf");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: nothing is written
        }

        Cli.Result result = Cli.run("extract", report.toString(), truncated.toString(), scan.toString(),
                binary.toString(), huge.toString(), second.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(5);
        assertThat(result.errLines().get(0)).startsWith("govreport: " + truncated + ": damaged or truncated PDF: ");
        assertThat(result.errLines().subList(1, 5)).containsExactly(
                "govreport: " + scan + ": no text layer: its one page holds only images (a scanned PDF?); "
                        + "run OCR on it first, for example with ocrmypdf",
                "govreport: " + binary + ": not a document: binary data of no known format",
                "govreport: " + huge + ": too large: 200 MB, over the limit of 100 MB",
                "govreport: 4 of 6 inputs failed");
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
        assertThat(result.outLines().stream().map(line -> line.replaceAll(".*\"doc\":\"([^\"]+)\".*", "$1")).distinct())
                .containsExactly("report", "second");
    }

    @Test
    void theLimitsAreOptions() throws IOException {
        Path big = Files.writeString(dir.resolve("big.txt"), REPORT.repeat(100), StandardCharsets.UTF_8);

        Cli.Result size = Cli.run("extract", "--max-size", "1K", big.toString());
        Cli.Result chars = Cli.run("extract", "--max-chars", "1K", big.toString());
        Cli.Result enough = Cli.run("extract", "--max-size", "1M", "--max-chars", "100K", big.toString());
        Cli.Result bad = Cli.run("extract", "--max-size", "lots", big.toString());

        assertThat(size.errLines()).first().isEqualTo("govreport: " + big + ": too large: " + Files.size(big)
                + " bytes, over the limit of 1024 bytes");
        assertThat(chars.errLines()).first().isEqualTo("govreport: " + big + ": text too long: over the limit of "
                + "1000 characters");
        assertThat(enough.exitCode()).as(enough.toString()).isZero();
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.errLines()).first().asString().contains("--max-size", "'lots'");
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

    /** A one-page PDF whose page is an image: a scan without a text layer. */
    private static byte[] scannedPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document,
                    new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 72, 500, 400, 200);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
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
