package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void headerIsTheFlattenedJsonlKeysWithoutSchema() {
        assertThat(CsvWriter.header()).containsExactly(
                "doc", "id", "indicator", "indicatorId", "code", "measure", "value", "valueMax", "unit",
                "normalizedValue", "normalizedUnit", "qualifier", "kind", "period", "binding", "text", "sentence",
                "start", "end", "sourceStart", "sourceEnd", "section", "source", "confidence");
    }

    @Test
    void rowsRoundTripThroughCommonsCsv() throws IOException {
        byte[] bytes = write();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).isEqualTo(CsvWriter.header());
            rows = parser.getRecords();
        }
        assertThat(rows).hasSize(2);

        CSVRecord area = rows.get(0);
        assertThat(area.get("value")).isEqualTo("4186");
        assertThat(area.get("normalizedValue")).isEqualTo("41860000");
        assertThat(area.get("normalizedUnit")).isEqualTo("m²");
        assertThat(area.get("section")).isEqualTo("二、2024年主要任务 > （一）民生实事");
        assertThat(area.get("sentence")).isEqualTo(TestDocuments.TEXT);
        assertThat(area.get("binding")).isEqualTo("expected");
        assertThat(area.get("confidence")).isEqualTo("0.97");

        CSVRecord range = rows.get(1);
        assertThat(range.get("valueMax")).isEqualTo("6");
        assertThat(range.get("indicator")).isEmpty();
        assertThat(range.get("period")).isEmpty();
        assertThat(range.get("sourceStart")).isEmpty();
        assertThat(range.get("section")).isEmpty();
        assertThat(range.get("code")).isEmpty();
    }

    @Test
    void aTableRowsCodeIsAColumnOfItsOwnWithItsDigitsAsPrinted() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FactWriter writer = new CsvWriter(out);
        writer.start();
        writer.write(TestDocuments.budget("b"));
        writer.finish();
        List<String> lines = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("doc,id,indicator,indicatorId,code,measure,");
        assertThat(lines.get(1)).startsWith("b,b#1,事业单位离退休,,2080502,level,538440,");
    }

    @Test
    void recordsEndWithCrLf() throws IOException {
        assertThat(new String(write(), StandardCharsets.UTF_8)).endsWith("0.5\r\n");
    }

    private static byte[] write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FactWriter writer = new CsvWriter(out);
        writer.start();
        writer.write(TestDocuments.document("d"));
        writer.finish();
        return out.toByteArray();
    }
}
