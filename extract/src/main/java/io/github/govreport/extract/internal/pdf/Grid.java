package io.github.govreport.extract.internal.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * A table found on a page by the alignment of its columns.
 *
 * @param first      index of its first line on the page (its header, or its first row)
 * @param last       index of its last line
 * @param header     one cell a column: the header lines joined top to bottom (2023年 over 执行数
 *                   → 2023年执行数), empty when the table starts without a header
 * @param rows       the body rows, one cell a column, a wrapped cell's lines joined
 * @param confident  false when words cross the columns of body rows: the cells are guessed
 * @param edges      where rulings draw its columns, left to right (the left edge of each column
 *                   and the right edge of the last), empty for a table found by alignment
 * @param headerRows the rows the header was joined from, as rulings draw them (rows after all
 *                   where the table goes on from the page before), empty for a table found by alignment
 */
record Grid(int first, int last, List<String> header, List<List<String>> rows, boolean confident, List<Float> edges,
            List<List<String>> headerRows) {

    Grid {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        edges = List.copyOf(edges);
        headerRows = headerRows.stream().map(List::copyOf).toList();
    }

    /** A table found by the alignment of its columns: no rulings draw them. */
    Grid(int first, int last, List<String> header, List<List<String>> rows, boolean confident) {
        this(first, last, header, rows, confident, List.of(), List.of());
    }

    /**
     * This table's cells in the columns of {@code wider}, whose column edges include all of this
     * table's (the row 合计 on a page of its own, over the 类, 款, 项 and 科目名称 of the table it
     * ends, which draws no rulings between them); each cell goes to the last column it spans.
     * Null when an edge of this table is not one of {@code wider}'s.
     */
    Grid spreadOver(List<Float> wider) {
        if (edges.isEmpty()) {
            return null;
        }
        int[] at = new int[edges.size()];
        for (int k = 0; k < edges.size(); k++) {
            at[k] = indexOf(wider, edges.get(k));
            if (at[k] < 0 || (k > 0 && at[k] <= at[k - 1])) {
                return null;
            }
        }
        if (at[0] != 0 || at[at.length - 1] != wider.size() - 1) {
            return null;
        }
        int columns = wider.size() - 1;
        return new Grid(first, last, header.isEmpty() ? header : spread(header, at, columns),
                rows.stream().map(row -> spread(row, at, columns)).toList(), confident, wider,
                headerRows.stream().map(row -> spread(row, at, columns)).toList());
    }

    private static int indexOf(List<Float> edges, float edge) {
        for (int k = 0; k < edges.size(); k++) {
            if (Math.abs(edges.get(k) - edge) <= 2 * RuledGrid.SLACK) {
                return k;
            }
        }
        return -1;
    }

    private static List<String> spread(List<String> cells, int[] at, int columns) {
        List<String> out = new ArrayList<>(Collections.nCopies(columns, ""));
        for (int k = 0; k < cells.size(); k++) {
            out.set(at[k + 1] - 1, cells.get(k));
        }
        return out;
    }

    int columns() {
        return rows.isEmpty() ? header.size() : rows.get(0).size();
    }

    /**
     * A "header" that fills fewer than half of the columns is no header: at the top of a page
     * it is the end of a row begun on the page before (Ⅲ类）比例 under 指标名称).
     */
    boolean headerLooksCarriedOver() {
        long filled = header.stream().filter(cell -> !cell.isBlank()).count();
        return !header.isEmpty() && filled * 2 < header.size();
    }

    /**
     * The tables side by side in this one: a 收支总表 sets its 支出 columns (项目, 预算数) beside its
     * 收入 columns. A new table starts at a label column that follows a value column; a leading
     * part without a label column (序号, 科目编码) belongs to the part after it. The codes of a
     * column whose header {@code codeColumn} names (科目编码, 类, 款) are labels, not values. This grid alone
     * when it has one part.
     */
    List<Grid> sideBySide(Predicate<String> codeColumn) {
        boolean[] values = GridRows.valueColumns(rows);
        for (int k = 0; k < values.length && k < header.size(); k++) {
            values[k] &= !codeColumn.test(header.get(k));
        }
        List<Integer> starts = new ArrayList<>(List.of(0));
        boolean afterValue = false;
        for (int k = 0; k < values.length; k++) {
            // a column empty in every row (经营收入 with nothing in it) is neither label nor value
            if (!filled(k)) {
                continue;
            }
            if (!values[k] && afterValue) {
                starts.add(k);
            }
            afterValue = values[k];
        }
        if (starts.size() > 1 && !hasLabel(values, 0, starts.get(1))) {
            starts.remove(1);
        }
        if (starts.size() < 2) {
            return List.of(this);
        }
        List<Grid> parts = new ArrayList<>();
        for (int p = 0; p < starts.size(); p++) {
            int from = starts.get(p);
            int to = p + 1 < starts.size() ? starts.get(p + 1) : values.length;
            List<List<String>> partRows = new ArrayList<>();
            for (List<String> row : rows) {
                List<String> cells = row.subList(from, to);
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    partRows.add(cells);
                }
            }
            int start = from;
            int end = to;
            parts.add(new Grid(first, last, header.isEmpty() ? header : header.subList(from, to), partRows,
                    confident, edges.isEmpty() ? edges : edges.subList(from, to + 1),
                    headerRows.stream().map(row -> row.subList(start, end)).toList()));
        }
        return parts;
    }

    private boolean filled(int column) {
        return rows.stream().anyMatch(row -> !row.get(column).isBlank());
    }

    private static boolean hasLabel(boolean[] values, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!values[k]) {
                return true;
            }
        }
        return false;
    }

    /** This grid with its line indices moved by {@code offset} (found in a part of the page's lines). */
    Grid shifted(int offset) {
        return new Grid(first + offset, last + offset, header, rows, confident, edges, headerRows);
    }

    Grid withRows(List<String> newHeader, List<List<String>> newRows, int newLast) {
        return new Grid(first, newLast, newHeader, newRows, confident, edges, headerRows);
    }
}
