package io.github.govreport.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table of one observation per row with one typed column per field: what the panel and
 * attainment CSV and SQLite outputs are written from, so the two cannot drift apart.
 *
 * <p>The CSV is what pandas, R and Stata load without cleaning: UTF-8 without byte-order mark (R
 * would read it into the first column's name), RFC 4180 quoting, a header row, numbers in plain
 * notation, null as an empty cell.
 *
 * @param <T> what one row is made from
 */
final class TidyTable<T> {

    /** The SQL type of a column; decimals are REAL in SQLite and plain numbers in CSV. */
    enum Type { TEXT, INTEGER, REAL }

    /** One column: its name, its type and how a row's value is read. */
    record Column<T>(String name, Type type, Function<T, Object> value) {
    }

    private final List<Column<T>> columns;

    TidyTable(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    List<Column<T>> columns() {
        return columns;
    }

    List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** The cells of one row as CSV text. */
    List<String> cells(T row) {
        List<String> cells = new ArrayList<>(columns.size());
        for (Column<T> column : columns) {
            Object value = column.value().apply(row);
            cells.add(value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        }
        return cells;
    }

    /** Writes {@code rows} as CSV to {@code out}, which stays open. */
    void writeCsv(List<T> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(header());
        for (T row : rows) {
            csv.printRecord(cells(row));
        }
        csv.flush();
    }
}
