package io.github.govreport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.json.ModelJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code csv}: the {@code facts/1} keys flattened into columns, one row per fact, as
 * {@code spec/output.md} says: UTF-8 with a byte-order mark (so that Excel reads the Chinese
 * text), RFC 4180 quoting, {@code normalized.value} → {@code normalizedValue}, {@code section}
 * joined with {@code " > "}, no {@code schema} column, numbers in plain notation, null as an
 * empty cell.
 *
 * <p>The columns are derived from {@link ModelJson#FACT_KEYS} and the cells from
 * {@link ModelJson#factNode}, so the CSV cannot drift from the jsonl lines.
 */
final class CsvWriter implements FactWriter {

    static final char BYTE_ORDER_MARK = '\uFEFF';
    static final String SECTION_SEPARATOR = " > ";

    /** The nested objects of a fact line and their keys, each of which becomes a column. */
    private static final Map<String, List<String>> NESTED = Map.of("normalized", List.of("value", "unit"));

    private static final List<Column> COLUMNS = columns();

    private final Writer out;
    private CSVPrinter csv;

    CsvWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    /** The header row. */
    static List<String> header() {
        return COLUMNS.stream().map(Column::name).toList();
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
        ObjectNode node = ModelJson.factNode(fact, false);
        List<String> cells = new ArrayList<>(COLUMNS.size());
        for (Column column : COLUMNS) {
            cells.add(cell(column.valueIn(node)));
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

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (String key : ModelJson.FACT_KEYS) {
            if (key.equals("schema")) {
                continue;   // constant on every row; the header row already says what the file is
            }
            List<String> parts = NESTED.get(key);
            if (parts == null) {
                columns.add(new Column(key, key, null));
            } else {
                parts.forEach(part -> columns.add(new Column(
                        key + Character.toUpperCase(part.charAt(0)) + part.substring(1), key, part)));
            }
        }
        return List.copyOf(columns);
    }

    /** One column: a key of the fact line, or a key inside one of its nested objects. */
    private record Column(String name, String key, String part) {

        JsonNode valueIn(ObjectNode fact) {
            JsonNode value = fact.get(key);
            return part == null || value == null || value.isNull() ? value : value.get(part);
        }
    }
}
