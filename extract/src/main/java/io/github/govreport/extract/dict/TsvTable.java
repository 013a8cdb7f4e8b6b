package io.github.govreport.extract.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A dictionary file: UTF-8, tab-separated, a header row naming the columns, one entry a line.
 * Lines starting with {@code #} and blank lines are skipped. A malformed line fails at load with
 * the file name and line number, so a user who extends a dictionary learns at once what is wrong.
 *
 * @param name    the file name, for error messages
 * @param columns the column names of the header row
 * @param rows    the entries
 */
public record TsvTable(String name, List<String> columns, List<Row> rows) {

    /** One entry, with its line number in the file. */
    public record Row(String file, int line, List<String> columns, List<String> cells) {

        /** The cell of {@code column}; empty cells are empty strings. */
        public String get(String column) {
            int index = columns.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException(file + " has no column '" + column + "'");
            }
            return cells.get(index);
        }

        /** The cell of {@code column}, which must not be empty. */
        public String require(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw error("column '" + column + "' must not be empty");
            }
            return value;
        }

        /** An error about this line, naming the file and line number. */
        public DictionaryException error(String problem) {
            return new DictionaryException(file + ":" + line + ": " + problem);
        }
    }

    /** Loads a table from the class path, relative to this package. */
    public static TsvTable resource(String fileName, String... requiredColumns) {
        InputStream in = TsvTable.class.getResourceAsStream(fileName);
        if (in == null) {
            throw new DictionaryException(fileName + ": not found on the class path");
        }
        try (in) {
            return read(fileName, in, requiredColumns);
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": cannot read", e);
        }
    }

    /** Reads a table from a stream, checking that the header has the required columns. */
    public static TsvTable read(String name, InputStream in, String... requiredColumns) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
            if (header == null) {
                header = cells;
                for (String required : requiredColumns) {
                    if (!header.contains(required)) {
                        throw new DictionaryException(name + ":" + number + ": header lacks column '" + required
                                + "' (has " + header + ")");
                    }
                }
                continue;
            }
            if (cells.size() != header.size()) {
                throw new DictionaryException(name + ":" + number + ": expected " + header.size()
                        + " tab-separated columns " + header + ", found " + cells.size());
            }
            rows.add(new Row(name, number, header, cells));
        }
        if (header == null) {
            throw new DictionaryException(name + ": empty file, expected a header row");
        }
        return new TsvTable(name, header, List.copyOf(rows));
    }
}
