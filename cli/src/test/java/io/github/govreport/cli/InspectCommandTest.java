package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govreport.core.Document;
import io.github.govreport.core.Section;
import io.github.govreport.core.json.ModelJson;
import io.github.govreport.corpus.Corpus;
import io.github.govreport.corpus.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govreport inspect} on seed 001, the gazette issue that holds three reports. */
class InspectCommandTest {

    @TempDir
    static Path dir;
    private static Path gazette;

    @BeforeAll
    static void exportSeed001() throws IOException {
        Seed seed = Corpus.seeds().stream().filter(s -> s.id().startsWith("001_")).findFirst().orElseThrow();
        gazette = dir.resolve(seed.fileName());
        try (InputStream in = seed.open()) {
            Files.copy(in, gazette);
        }
    }

    @Test
    void theOutlineShowsMetadataPartsSectionsTablesFootnotesAndWarnings() {
        Cli.Result result = Cli.run("inspect", gazette.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.outLines();
        assertThat(lines).contains("source     " + gazette, "media type text/plain", "metadata",
                "  title   重庆市人民政府公报", "  region  重庆市 (500000)", "  level   province", "  year    2024",
                "  type    compilation", "  number  -", "parts (3)", "tables (0)", "footnotes (0)", "warnings (0)");
        assertThat(lines).filteredOn(line -> line.matches("  p[123] \\[\\d+, \\d+\\) .*")).extracting(l -> l.replaceAll(
                "\\[\\d+, \\d+\\) ", "")).containsExactly("  p1 重庆市人民政府工作报告",
                "  p2 关于重庆市2023年国民经济和社会发展规划执行情况及2024年计划草案的报告",
                "  p3 关于重庆市2023年预算执行情况和2024年预算草案的报告");
        assertThat(lines).anyMatch(line -> line.matches(
                "      type work-report, year 2024, region 重庆市 \\(province, 500000\\), issuer 重庆市人民政府, date 2024-01-21.*"));
        // The tree is indented by depth, each section with its offsets, and each report's sections follow its part line.
        assertThat(lines).containsSubsequence("  -- p1 重庆市人民政府工作报告", "  -- p2 "
                + "关于重庆市2023年国民经济和社会发展规划执行情况及2024年计划草案的报告", "  -- p3 关于重庆市2023年预算执行情况和2024年预算草案的报告");
        assertThat(lines).anyMatch(line -> line.matches("  s1 \\[\\d+, \\d+\\) 一、2023年工作回顾"))
                .anyMatch(line -> line.matches("    s2 \\[\\d+, \\d+\\) （一）扎实推进成渝地区双城经济圈建设.*"));
    }

    @Test
    void aMissingFileIsNoSuchFileOrDirectoryAsExtractSays() {
        String missing = dir.resolve("missing.txt").toString();
        Cli.Result inspect = Cli.run("inspect", missing);
        Cli.Result extract = Cli.run("extract", "-q", missing);

        assertThat(inspect.exitCode()).as(inspect.toString()).isEqualTo(1);
        assertThat(inspect.errLines()).containsExactly("govreport: " + missing + ": no such file or directory");
        assertThat(inspect.out()).isEmpty();
        assertThat(extract.errLines()).contains("govreport: " + missing + ": no such file or directory");
    }

    @Test
    void theOffsetsPointIntoTheTextThatTextPrints() throws IOException {
        Cli.Result json = Cli.run("inspect", "--format", "json", gazette.toString());

        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(json.outLines()).hasSize(1);
        Document document = ModelJson.readDocument(json.out());
        assertThat(document.parts()).hasSize(3);
        assertThat(document.facts()).isEmpty();
        for (Section section : document.sections()) {
            assertThat(section.span().slice(document.text())).contains(section.title());
        }
        Cli.Result text = Cli.run("inspect", "--text", gazette.toString());
        assertThat(text.out()).endsWith("\ntext\n" + document.text() + "\n");
    }

    @Test
    void jsonIsTheDocumentWithAnEmptyListOfFacts() throws IOException {
        Cli.Result result = Cli.run("inspect", "--format", "json", gazette.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode node = new ObjectMapper().readTree(result.out());
        assertThat(node.get("schema").asText()).isEqualTo(ModelJson.DOCUMENT_SCHEMA);
        assertThat(node.get("facts")).isEmpty();
        assertThat(node.get("text").asText()).startsWith("重庆市人民政府公报");
        assertThat(node.get("metadata").get("type").asText()).isEqualTo("compilation");
        assertThat(node.get("sections").size()).isGreaterThan(3);
    }

    @Test
    void aFileThatCannotBeReadIsOneLine() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.docx"));

        Cli.Result result = Cli.run("inspect", empty.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("govreport: " + empty + ": empty file");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void standardInputIsReadAsText() {
        Cli.Result result = Cli.runWithStdin("一、2023年工作回顾\n增长6.1%。\n".getBytes(StandardCharsets.UTF_8),
                "inspect", "-");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outLines()).contains("document   stdin").anyMatch(l -> l.matches("  s1 \\[0, \\d+\\) 一、2023年工作回顾"));
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Result result = Cli.run("inspect", "--format", "xml", gazette.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.errLines().get(0)).isEqualTo("govreport: --format must be text or json, was 'xml'");
    }

    @Test
    void helpDocumentsTheCommand() {
        assertThat(Cli.run("--help").out()).contains("inspect");
        Cli.Result result = Cli.run("inspect", "--help");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Usage: govreport inspect", "--text", "--format=FORMAT", "--max-size=SIZE",
                "--max-chars=N", "section tree");
    }
}
