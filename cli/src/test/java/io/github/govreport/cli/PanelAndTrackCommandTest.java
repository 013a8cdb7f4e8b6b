package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govreport panel} and {@code govreport track} end to end on three reports of 江西省. */
class PanelAndTrackCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path reports;

    @TempDir
    private Path dir;

    @BeforeAll
    static void findReports() throws URISyntaxException {
        reports = Path.of(PanelAndTrackCommandTest.class.getResource("panel").toURI());
    }

    @Test
    void thePanelCsvHasOneTypedColumnPerFieldAndLoadsWithoutCleaning() throws IOException {
        Cli.Result result = Cli.run("panel", "--format", "csv", reports.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outBytes()[0]).as("no byte-order mark").isEqualTo((byte) 'r');
        List<CSVRecord> rows = csv(result.out());
        assertThat(rows).hasSizeGreaterThanOrEqualTo(12);
        Set<String> header = rows.get(0).toMap().keySet();
        assertThat(header).containsExactlyInAnyOrderElementsOf(PanelTables.OBSERVATIONS.header());
        for (CSVRecord row : rows) {
            assertThat(Integer.parseInt(row.get("year"))).isBetween(2022, 2024);
            assertThat(new BigDecimal(row.get("value"))).isNotNull();
            assertThat(new BigDecimal(row.get("normalizedValue"))).isNotNull();
            assertThat(Integer.parseInt(row.get("sources"))).isPositive();
            assertThat(Integer.parseInt(row.get("start"))).isLessThan(Integer.parseInt(row.get("end")));
            assertThat(row.get("kind")).isIn("actual", "target");
            assertThat(row.get("agreement")).isIn("single", "agreed", "conflict");
            assertThat(row.get("valueMax")).as("null is an empty cell").isEmpty();
        }
        assertThat(rows).filteredOn(r -> r.get("agreement").equals("conflict")).singleElement()
                .satisfies(r -> assertThat(r.get("reports")).isEqualTo("jiangxi_work_2024;jiangxi_plan_2024"));
    }

    @Test
    void thePanelJsonlIsOnePanelLinePerObservationWithEverySource() throws IOException {
        Cli.Result result = Cli.run("panel", reports.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<JsonNode> lines = jsonLines(result.out());
        assertThat(lines).allSatisfy(l -> assertThat(l.get("schema").asText()).isEqualTo("panel/1"));
        JsonNode gdp = lines.stream().filter(l -> l.get("indicatorId").asText().equals("gdp")
                && l.get("year").asInt() == 2023 && l.get("kind").asText().equals("actual")).findFirst().orElseThrow();
        assertThat(gdp.get("agreement").asText()).isEqualTo("agreed");
        assertThat(gdp.get("sources")).hasSize(2);
        assertThat(gdp.get("sources").get(1).get("reportType").asText()).isEqualTo("plan-report");
    }

    @Test
    void theSqliteDatabaseHasTheObservationsAndEachOfTheirSources() throws Exception {
        Path db = dir.resolve("panel.db");
        Cli.Result result = Cli.run("panel", "--format", "sqlite", "-o", db.toString(), reports.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            int observations = count(s, "SELECT count(*) FROM observations");
            assertThat(observations).isGreaterThanOrEqualTo(12);
            assertThat(count(s, "SELECT count(*) FROM observation_sources")).isGreaterThan(observations);
            assertThat(count(s, "SELECT count(*) FROM observations o JOIN observation_sources s ON s.observation = o.id "
                    + "WHERE o.agreement = 'conflict'")).isEqualTo(2);
            try (ResultSet r = s.executeQuery("SELECT typeof(year), typeof(value) FROM observations LIMIT 1")) {
                assertThat(r.getString(1)).isEqualTo("integer");
                assertThat(r.getString(2)).isEqualTo("real");
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("panel.db");
        }
    }

    @Test
    void sqliteWithoutAFileIsAUsageError() {
        Cli.Result result = Cli.run("panel", "--format", "sqlite", reports.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("govreport: --format sqlite needs a database file: -o FILE");
    }

    @Test
    void trackGivesOneAttainmentLinePerTargetWithItsVerdict() throws IOException {
        Cli.Result result = Cli.run("track", reports.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<JsonNode> lines = jsonLines(result.out());
        assertThat(lines).extracting(l -> l.get("indicatorId").asText() + " " + l.get("year").asInt() + " "
                + l.get("verdict").asText()).containsExactly("cpi 2023 met", "energy_consumption_per_gdp 2023 met",
                "gdp 2023 missed", "gdp 2024 no_result", "urban_new_jobs 2023 met", "urban_new_jobs 2024 no_result",
                "urban_surveyed_unemployment_rate 2023 met");
        JsonNode gdp = lines.get(2);
        assertThat(gdp.get("schema").asText()).isEqualTo("attainment/1");
        assertThat(gdp.get("target").get("qualifier").asText()).isEqualTo("approx");
        assertThat(gdp.get("actual").get("doc").asText()).isEqualTo("jiangxi_work_2024");
        assertThat(gdp.get("gap").decimalValue()).isEqualByComparingTo("-2.9");
        assertThat(lines.get(3).get("actual").isNull()).isTrue();
    }

    @Test
    void trackCsvAndHtml() throws IOException {
        Cli.Result csv = Cli.run("track", "--format", "csv", reports.toString());
        assertThat(csv(csv.out())).hasSize(7).allSatisfy(r -> assertThat(r.get("verdict"))
                .isIn("met", "near", "missed", "no_result"));

        Path page = dir.resolve("track.html");
        Cli.Result html = Cli.run("track", "--format", "html", "-o", page.toString(), reports.toString());
        assertThat(html.exitCode()).as(html.toString()).isZero();
        String text = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<!DOCTYPE html>").contains("<h2>江西省 <small>360000</small></h2>")
                .contains("<svg").contains("default-src 'none'").doesNotContain("<script");
    }

    @Test
    void theRegionAndYearAnInputDoesNotSayAreGivenOnTheCommandLine() throws IOException {
        Path unnamed = Files.writeString(dir.resolve("notes.txt"),
                "今年的主要预期目标是：地区生产总值增长6%左右。\n", StandardCharsets.UTF_8);

        Cli.Result without = Cli.run("panel", unnamed.toString());
        assertThat(without.out()).isEmpty();

        Cli.Result with = Cli.run("panel", "--region", "南昌市", "--year", "2024", unnamed.toString());
        assertThat(with.exitCode()).as(with.toString()).isZero();
        JsonNode line = jsonLines(with.out()).get(0);
        assertThat(line.get("region").asText()).isEqualTo("南昌市");
        assertThat(line.get("regionCode").asText()).isEqualTo("360100");
        assertThat(line.get("year").asInt()).isEqualTo(2024);
        assertThat(line.get("kind").asText()).isEqualTo("target");
    }

    @Test
    void documentJsonWrittenByExtractIsReadWithoutExtractingAgain() throws IOException {
        Path out = dir.resolve("json");
        Cli.Result extracted = Cli.run("extract", "-q", "--format", "json", "-o", out + "/", reports.toString());
        assertThat(extracted.exitCode()).as(extracted.toString()).isZero();

        Cli.Result fromJson = Cli.run("track", out.toString());
        Cli.Result fromText = Cli.run("track", reports.toString());
        assertThat(fromJson.exitCode()).as(fromJson.toString()).isZero();
        assertThat(fromJson.out()).isEqualTo(fromText.out());
    }

    @Test
    void reportsOfTheSameNameInFoldersPerYearGetIdsOfTheirOwnInTrackAndPanel() throws IOException {
        Path work2023 = copy("jiangxi_work_2023.txt", "2023/report.txt");
        Path work2024 = copy("jiangxi_work_2024.txt", "2024/report.txt");

        Cli.Result track = Cli.run("track", work2023.toString(), work2024.toString());

        assertThat(track.exitCode()).as(track.toString()).isZero();
        JsonNode gdp = jsonLines(track.out()).stream().filter(l -> l.get("indicatorId").asText().equals("gdp")
                && l.get("year").asInt() == 2023).findFirst().orElseThrow();
        assertThat(gdp.get("target").get("doc").asText()).isEqualTo("report");
        assertThat(gdp.get("target").get("fact").asText()).startsWith("report#");
        assertThat(gdp.get("actual").get("doc").asText()).isEqualTo("report~2");
        assertThat(gdp.get("actual").get("fact").asText()).startsWith("report~2#");

        // The same with the 2024 report as the document/3 JSON that extract wrote, whose own doc is "report" too.
        Path json = dir.resolve("json");
        Cli.Result extracted = Cli.run("extract", "-q", "--format", "json", "-o", json + "/", work2024.toString());
        assertThat(extracted.exitCode()).as(extracted.toString()).isZero();
        Cli.Result panel = Cli.run("panel", work2023.toString(), json.resolve("report.json").toString());

        assertThat(panel.exitCode()).as(panel.toString()).isZero();
        List<String> docs = new ArrayList<>();
        for (JsonNode line : jsonLines(panel.out())) {
            line.get("sources").forEach(source -> docs.add(source.get("doc").asText()));
        }
        assertThat(docs).containsOnly("report", "report~2").contains("report", "report~2");
    }

    private Path copy(String report, String as) throws IOException {
        Path target = dir.resolve(as);
        Files.createDirectories(target.getParent());
        return Files.copy(reports.resolve(report), target);
    }

    @Test
    void aBadInputIsOneLineAndTheOthersAreStillTracked() throws IOException {
        Path missing = dir.resolve("missing.txt");
        Path notJson = Files.writeString(dir.resolve("broken.json"), "{\"schema\":", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("track", missing.toString(), notJson.toString(), reports.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(3);
        assertThat(result.errLines().get(0)).isEqualTo("govreport: " + missing + ": no such file or directory");
        assertThat(result.errLines().get(1)).startsWith("govreport: " + notJson + ": not a document/3 JSON file: ");
        assertThat(result.errLines().get(2)).isEqualTo("govreport: 2 of 5 inputs failed");
        assertThat(jsonLines(result.out())).hasSize(7);
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private static List<JsonNode> jsonLines(String text) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.lines().toList()) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.getInt(1);
        }
    }
}
