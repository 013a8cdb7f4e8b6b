package io.github.govreport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code csv}: the {@code facts/2} keys flattened into columns, one row per fact, as
 * {@code docs/output.md} says: UTF-8 with a byte-order mark (so that Excel reads the Chinese
 * text), RFC 4180 quoting, {@code normalized.value} → {@code normalizedValue}, {@code section}
 * joined with {@code " > "}, no {@code schema} column, numbers in plain notation, null as an
 * empty cell.
 *
 * <p>The columns are those of {@link FactColumns}, derived from the jsonl keys, so the CSV
 * cannot drift from the jsonl lines.
 */
final class CsvWriter implements FactWriter {

    static final char BYTE_ORDER_MARK = '\uFEFF';
    static final String SECTION_SEPARATOR = " > ";

    private final Writer out;
    private CSVPrinter csv;

    CsvWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    /** The header row. */
    static List<String> header() {
        return FactColumns.names();
    }

    @Override
    public void start() throws IOException {
        out.write(BYTE_ORDER_MARK);
        csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord(header());
        csv.flush();
    }

    @Override
    public void write(Document document) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Fact fact : document.facts()) {
            rows.add(row(fact));
        }
        csv.printRecords(rows);
        csv.flush();
    }

    private static List<String> row(Fact fact) {
        List<String> cells = new ArrayList<>();
        for (JsonNode value : FactColumns.values(fact)) {
            cells.add(cell(value));
        }
        return cells;
    }

    private static String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(part -> parts.add(part.asText()));
            return String.join(SECTION_SEPARATOR, parts);
        }
        if (value.isObject()) {
            throw new IllegalStateException("no CSV columns declared for the nested object " + value);
        }
        return value.asText();
    }
}
