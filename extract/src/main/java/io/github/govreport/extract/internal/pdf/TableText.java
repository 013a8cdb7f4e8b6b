package io.github.govreport.extract.internal.pdf;

import java.util.List;
import java.util.function.Predicate;

/**
 * Writes a table read cell by cell (from a PDF page or a Word document) as the table recogniser
 * reads tables: its header as one row (the header lines of each column joined), then its rows,
 * a tab before each cell, and a blank line after. A 收支总表 whose halves stand side by side is
 * written as two tables, the caption written again above the second. Thread-safe (stateless).
 */
public final class TableText {

    private TableText() {
    }

    /**
     * Writes a table of the given header and rows to {@code out}.
     *
     * @param header     one cell a column, empty for a table without a header
     * @param rows       the body rows, one cell a column
     * @param caption    the line above the table (written again above a second half), or null
     * @param codeColumn whether a column header names a column of 科目 codes: its numbers are no values
     */
    public static void write(List<String> header, List<List<String>> rows, String caption,
                             Predicate<String> codeColumn, StringBuilder out) {
        write(new Grid(0, 0, header, rows, true), caption, codeColumn, out);
    }

    static void write(Grid grid, String caption, Predicate<String> codeColumn, StringBuilder out) {
        List<Grid> parts = grid.sideBySide(codeColumn);
        for (int p = 0; p < parts.size(); p++) {
            if (p > 0 && caption != null) {
                out.append(caption).append('\n');
            }
            Grid part = parts.get(p);
            if (!part.header().isEmpty()) {
                writeRow(part.header(), out);
            }
            for (List<String> row : part.rows()) {
                writeRow(row, out);
            }
            out.append('\n');
        }
    }

    /** Whether a cell holds a value (1,234.5, -2.6, 4.4%, ＞27, —): one rule for the tables of every format. */
    public static boolean isValue(String cell) {
        return TableFinder.isValue(cell);
    }

    private static void writeRow(List<String> cells, StringBuilder out) {
        for (String cell : cells) {
            out.append('\t').append(cell);
        }
        out.append('\n');
    }
}
